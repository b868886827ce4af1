/**
 * HTML: an interactive family explorer in one file (sigma.js on graphology, inlined), the graph
 * with its layout embedded, opening offline in any browser. See src/viewer/ for the page and
 * html-document.ts for the file and its Content-Security-Policy.
 */
import type { ExportContext } from './context.js';
import { loadViewerAssets } from './html-assets.js';
import { htmlDocument } from './html-document.js';
import { attachedKinship } from './kinship-attachment.js';
import { statusNote } from './status.js';
import { viewerData, type ViewerData } from './viewer-data.js';

export async function renderHtml(context: ExportContext): Promise<string> {
  const assets = await loadViewerAssets();
  const data = viewerData(context, attachedKinship(context.graph));
  return htmlDocument({ ...assets, title: documentTitle(data), data, note: statusNote(context.graph) });
}

/** "Elizabeth II and Prince Philip: kinship", "Queen Victoria: family of 902 people". */
export function documentTitle(data: ViewerData): string {
  const labelOf = (qid: string) => {
    const i = data.people.qid.indexOf(qid);
    return i >= 0 ? data.people.label[i]! : qid;
  };
  if (data.kinship) return `${labelOf(data.kinship.a)} and ${labelOf(data.kinship.b)}: kinship (wdkin)`;
  const seeds = data.meta.seeds.slice(0, 3).map(labelOf).join(', ');
  const more = data.meta.seeds.length > 3 ? ` and ${data.meta.seeds.length - 3} more` : '';
  const count = data.people.qid.length;
  return `${seeds || 'Family'}${more}: family of ${count.toLocaleString('en')} ${count === 1 ? 'person' : 'people'} (wdkin)`;
}
