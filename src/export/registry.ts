/**
 * The format registry: file extension -> format -> renderer. One module per format; this file
 * only maps names to them.
 */
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import type { ExportContext } from './context.js';
import { renderJson } from './json.js';

export type ExportFormat = 'json' | 'gexf' | 'dot' | 'svg' | 'graphml' | 'gedcom' | 'html';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'gexf', 'dot', 'svg', 'graphml', 'gedcom', 'html'];

const EXTENSIONS: Readonly<Record<string, ExportFormat>> = {
  '.json': 'json',
  '.gexf': 'gexf',
  '.dot': 'dot',
  '.gv': 'dot',
  '.svg': 'svg',
  '.graphml': 'graphml',
  '.ged': 'gedcom',
  '.html': 'html',
  '.htm': 'html',
};

// Every writer but JSON is loaded on first use, so a run costs only the formats it writes
// (graphology-gexf, the layouts, the Graphviz WASM, the viewer bundle are each a start-up cost).
const RENDERERS: Readonly<Record<ExportFormat, (context: ExportContext) => string | Promise<string>>> = {
  json: renderJson,
  gexf: async (context) => (await import('./gexf.js')).renderGexf(context),
  dot: async (context) => (await import('./dot.js')).renderDot(context),
  svg: async (context) => (await import('./svg.js')).renderSvg(context),
  graphml: async (context) => (await import('./graphml.js')).renderGraphml(context),
  gedcom: async (context) => (await import('./gedcom.js')).renderGedcom(context),
  html: async (context) => (await import('./html.js')).renderHtml(context),
};

/** The format named by `override` (a format name or an extension), else by the path's extension. */
export function formatFromPath(path: string, override?: string): ExportFormat {
  if (override !== undefined && override !== '') {
    const name = override.trim().toLowerCase().replace(/^\./, '');
    const format = (EXPORT_FORMATS as readonly string[]).includes(name)
      ? (name as ExportFormat)
      : EXTENSIONS[`.${name}`];
    if (!format)
      throw new UsageError(
        'INVALID_OPTION',
        `Expected --format to be one of ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(override)}`,
      );
    return format;
  }
  const extension = extname(path).toLowerCase();
  const format = EXTENSIONS[extension];
  if (!format) {
    const known = Object.keys(EXTENSIONS).join(' ');
    throw new UsageError(
      'INVALID_OPTION',
      `Cannot tell the output format of ${path}: expected an extension among ${known}${extension ? `, got ${extension}` : ''} (or give --format)`,
    );
  }
  return format;
}

export function rendererFor(format: ExportFormat): (context: ExportContext) => string | Promise<string> {
  return RENDERERS[format];
}
