/**
 * Writing exports: every output path is checked (format known, directory there and writable)
 * before anything is rendered or written, every output is rendered before any is written, and
 * each file is written atomically.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { createExportContext, type ExportContext, type LayoutName } from './context.js';
import { formatFromPath, rendererFor, type ExportFormat } from './registry.js';
import { checkSvgSize } from './svg.js';
import { writeFileAtomic } from './atomic.js';

export interface ExportOptions {
  /** Format name or extension overriding every path's extension. */
  format?: string;
  layout?: LayoutName;
  timeline?: boolean;
  highlight?: ItemId[];
}

export interface WrittenOutput {
  path: string;
  format: ExportFormat;
  bytes: number;
}

const LAYOUTS: readonly LayoutName[] = ['generations', 'forceatlas2'];

/** Checks output paths and options without a graph (before a crawl starts); throws UsageError. */
export async function checkOutputs(
  paths: readonly string[],
  options: ExportOptions = {},
): Promise<Array<{ path: string; format: ExportFormat }>> {
  if (paths.length === 0) throw new UsageError('INVALID_OPTION', 'Expected at least one output file (--out FILE)');
  if (options.layout !== undefined && !LAYOUTS.includes(options.layout)) {
    throw new UsageError(
      'INVALID_OPTION',
      `Expected --layout to be one of ${LAYOUTS.join(', ')}, got ${JSON.stringify(options.layout)}`,
    );
  }
  const seen = new Set<string>();
  const checked: Array<{ path: string; format: ExportFormat }> = [];
  for (const path of paths) {
    const format = formatFromPath(path, options.format);
    const full = resolve(path);
    if (seen.has(full)) throw new UsageError('INVALID_OPTION', `Output ${path} is given twice`);
    seen.add(full);
    await checkWritable(path);
    checked.push({ path, format });
  }
  return checked;
}

async function checkWritable(path: string): Promise<void> {
  const dir = dirname(resolve(path));
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) throw new UsageError('FILE_UNWRITABLE', `Cannot write ${path}: it is a directory`);
  const folder = await stat(dir).catch(() => null);
  if (!folder) throw new UsageError('FILE_UNWRITABLE', `Cannot write ${path}: directory ${dir} does not exist`);
  if (!folder.isDirectory()) throw new UsageError('FILE_UNWRITABLE', `Cannot write ${path}: ${dir} is not a directory`);
  try {
    await access(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new UsageError('FILE_UNWRITABLE', `Cannot write ${path}: directory ${dir} is not writable`);
  }
}

/** Renders the graph in every requested format, then writes each file atomically. */
export async function writeOutputs(
  graph: FamilyGraph,
  paths: readonly string[],
  options: ExportOptions = {},
): Promise<WrittenOutput[]> {
  const outputs = await checkOutputs(paths, options);
  const context = createExportContext(graph, options);
  if (outputs.some((o) => o.format === 'svg')) checkSvgSize(graph.order);
  const rendered: Array<{ path: string; format: ExportFormat; text: string }> = [];
  for (const output of outputs) rendered.push({ ...output, text: await renderWith(context, output.format) });
  const written: WrittenOutput[] = [];
  for (const output of rendered) {
    written.push({ path: output.path, format: output.format, bytes: await writeFileAtomic(output.path, output.text) });
  }
  return written;
}

/** The text of one export (SVG loads the WASM Graphviz on first use). */
export async function renderExport(
  graph: FamilyGraph,
  format: ExportFormat,
  options: Omit<ExportOptions, 'format'> = {},
): Promise<string> {
  return renderWith(createExportContext(graph, options), format);
}

async function renderWith(context: ExportContext, format: ExportFormat): Promise<string> {
  return rendererFor(format)(context);
}
