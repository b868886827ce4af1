/**
 * The viewer's script and style sheet, built by `npm run build` (scripts/build-viewer.js) into
 * dist/viewer/. Read from disk the first time an HTML file is written, never at start-up.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { WdkinError } from '../errors.js';

export const VIEWER_SCRIPT = 'wdkin-viewer.js';
export const VIEWER_STYLE = 'wdkin-viewer.css';

export interface ViewerAssets {
  script: string;
  style: string;
}

/**
 * Where dist/viewer/ is from this module: beside it when running from dist/export/, the
 * repository's dist/ when running from src/export/ (tests) or build/src/export/ (benchmarks).
 */
const CANDIDATES = ['../viewer/', '../../dist/viewer/', '../../../dist/viewer/'];

let loading: Promise<ViewerAssets> | null = null;

export function loadViewerAssets(): Promise<ViewerAssets> {
  loading ??= findAssets().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function findAssets(): Promise<ViewerAssets> {
  const tried: string[] = [];
  for (const candidate of CANDIDATES) {
    const folder = new URL(candidate, import.meta.url);
    const scriptPath = fileURLToPath(new URL(VIEWER_SCRIPT, folder));
    tried.push(scriptPath);
    const script = await readFile(scriptPath, 'utf8').catch(() => null);
    if (script === null) continue;
    const style = await readFile(fileURLToPath(new URL(VIEWER_STYLE, folder)), 'utf8');
    return { script, style };
  }
  throw new WdkinError(
    'FILE_NOT_FOUND',
    `The HTML viewer is not built (looked for ${tried.join(', ')}): run npm run build`,
  );
}
