/**
 * Writing exports safely. Every output is checked before any network work (format known, paths
 * distinct, file name not too long, directory there and really writable, an existing target a
 * regular file: a device, FIFO, socket or directory is never replaced; a symlink is written
 * through to its target), every output is rendered before any is written, and all files are
 * replaced together or none is (files/atomic-write.ts), keeping an existing file's mode.
 * A partial graph replaces only an earlier partial file: beside any other existing file it goes to
 * `NAME.partial.EXT`, so a complete result is never overwritten by an incomplete one.
 */
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Stats } from 'node:fs';
import { UsageError } from '../errors.js';
import { writeFilesAtomically } from '../files/atomic-write.js';
import { probeWritable } from '../files/directories.js';
import { printablePath } from '../files/printable.js';
import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import type { Generations } from '../graph/generations.js';
import { createExportContext, type ExportContext, type LayoutName } from './context.js';
import { formatFromPath, rendererFor, type ExportFormat } from './registry.js';
import { checkSvgSize } from './chart-limits.js';
import { PARTIAL_MARKER } from './status.js';

export interface ExportOptions {
  /** Format name or extension overriding every path's extension. */
  format?: string;
  layout?: LayoutName;
  timeline?: boolean;
  highlight?: ItemId[];
}

export interface WriteOptions extends ExportOptions {
  /** The graph is incomplete (some people could not be fetched): never replace an existing file. */
  partial?: boolean;
  /** Another drawing for some outputs (the kinship chart for .svg/.dot): its text, or null for the graph's. */
  renderInstead?: (output: PlannedOutput) => Promise<string | null> | null;
  /** Called with the generation rows when a writer computed them (what they could not make right is reported). */
  onGenerations?: (generations: Generations) => void;
}

/** One checked output: where it was asked for, and the real file it writes. */
export interface PlannedOutput {
  /** The path as given (absolute). */
  path: string;
  /** The regular file written: `path`, or a symlink's target. */
  target: string;
  format: ExportFormat;
  /** The file already there (it is replaced keeping its mode), or null. */
  existing: Stats | null;
}

export interface WrittenOutput {
  /** The file written (`NAME.partial.EXT` when a partial graph met an existing file). */
  path: string;
  format: ExportFormat;
  bytes: number;
  /** The output asked for, when `path` differs from it. */
  requested?: string;
  partial?: boolean;
}

const LAYOUTS: readonly LayoutName[] = ['generations', 'forceatlas2'];
/** Longest file name most filesystems take (bytes). */
const NAME_MAX = 255;
const PATH_MAX = 4096;
/** How each format marks a partial graph near its top: JSON's `wdkin.status`, the others' metadata line. */
const PARTIAL_MARKERS = new RegExp(`"status": ?"partial"|${PARTIAL_MARKER}`);

/** Checks output paths and options without a graph (before a crawl starts); throws UsageError. */
export async function checkOutputs(paths: readonly string[], options: ExportOptions = {}): Promise<PlannedOutput[]> {
  if (paths.length === 0) throw new UsageError('INVALID_OPTION', 'Expected at least one output file (--out FILE)');
  if (options.layout !== undefined && !LAYOUTS.includes(options.layout)) {
    throw new UsageError(
      'INVALID_OPTION',
      `Expected --layout to be one of ${LAYOUTS.join(', ')}, got ${JSON.stringify(options.layout)}`,
    );
  }
  const planned: PlannedOutput[] = [];
  const targets = new Map<string, string>();
  for (const given of paths) {
    const path = resolve(given);
    const format = formatFromPath(path, options.format);
    const output = await planOutput(path, format);
    const twin = targets.get(output.target);
    if (twin !== undefined) {
      const same = twin === path ? 'is given twice' : `writes the same file as ${printablePath(twin)}`;
      throw new UsageError('INVALID_OPTION', `Output ${printablePath(path)} ${same}`);
    }
    targets.set(output.target, path);
    planned.push(output);
  }
  return planned;
}

/** Checks one file to write that is not a graph export (e.g. --fixes): same rules as every output. */
export async function checkFileTarget(path: string): Promise<{ path: string; target: string; existing: Stats | null }> {
  const { target, existing } = await planOutput(resolve(path), 'json');
  return { path: resolve(path), target, existing };
}

/** Writes one checked file atomically, keeping an existing file's mode. Returns its size. */
export async function writeCheckedFile(
  file: { target: string; existing: Stats | null },
  data: string,
): Promise<number> {
  const [bytes] = await writeFilesAtomically([{ target: file.target, data, keep: keepOf(file.existing) }]);
  return bytes!;
}

async function planOutput(path: string, format: ExportFormat): Promise<PlannedOutput> {
  checkName(path);
  const link = await lstat(path).catch(() => null);
  let target = path;
  if (link?.isSymbolicLink()) {
    target = await realpath(path).catch(() => {
      throw new UsageError(
        'FILE_UNWRITABLE',
        `Cannot write ${printablePath(path)}: it is a symlink to a file that does not exist`,
      );
    });
    checkName(target);
  }
  const existing = link ? await stat(target).catch(() => null) : null;
  if (existing && !existing.isFile()) {
    throw new UsageError(
      'FILE_UNWRITABLE',
      `Cannot write ${printablePath(path)}: it is ${describe(existing)}, not a regular file; left untouched`,
    );
  }
  const dir = dirname(target);
  const folder = await stat(dir).catch(() => null);
  if (!folder)
    throw new UsageError(
      'FILE_UNWRITABLE',
      `Cannot write ${printablePath(path)}: directory ${printablePath(dir)} does not exist`,
    );
  if (!folder.isDirectory())
    throw new UsageError(
      'FILE_UNWRITABLE',
      `Cannot write ${printablePath(path)}: ${printablePath(dir)} is not a directory`,
    );
  probeWritable(dir, printablePath(path));
  return { path, target, format, existing };
}

function checkName(path: string): void {
  if (Buffer.byteLength(basename(path)) > NAME_MAX) {
    throw new UsageError(
      'FILE_UNWRITABLE',
      `Cannot write ${printablePath(path)}: the file name is longer than ${NAME_MAX} bytes`,
    );
  }
  if (Buffer.byteLength(path) > PATH_MAX) {
    throw new UsageError(
      'FILE_UNWRITABLE',
      `Cannot write ${printablePath(path.slice(0, 80))}...: the path is longer than ${PATH_MAX} bytes`,
    );
  }
}

function describe(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Renders the graph in every requested format, then writes all files at once (none is replaced
 * when any fails). `outputs` are paths (checked here) or the plan `checkOutputs` returned.
 */
export async function writeOutputs(
  graph: FamilyGraph,
  outputs: readonly string[] | readonly PlannedOutput[],
  options: WriteOptions = {},
): Promise<WrittenOutput[]> {
  const planned = isPlan(outputs) ? outputs : await checkOutputs(outputs, options);
  const context = createExportContext(graph, options);
  if (planned.some((o) => o.format === 'svg' && !options.renderInstead)) checkSvgSize(graph.order);
  const destinations = await Promise.all(
    planned.map(async (o) => (options.partial && o.existing && !(await isPartialFile(o.target)) ? partialTwin(o) : o)),
  );
  const texts: string[] = [];
  for (const output of planned)
    texts.push((await options.renderInstead?.(output)) ?? (await renderWith(context, output.format)));
  const sizes = await writeFilesAtomically(
    destinations.map((d, i) => ({ target: d.target, data: texts[i]!, keep: keepOf(d.existing) })),
  );
  const generations = context.computedLayering();
  if (generations) options.onGenerations?.(generations);
  return planned.map((o, i) => {
    const written: WrittenOutput = { path: destinations[i]!.path, format: o.format, bytes: sizes[i]! };
    if (destinations[i]!.path !== o.path) written.requested = o.path;
    if (options.partial) written.partial = true;
    return written;
  });
}

/** Whether a file was written from a partial graph (its status marker is in its first 4 KB). */
async function isPartialFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return PARTIAL_MARKERS.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** `family.json` -> `family.partial.json` beside it (checked like any output). */
async function partialTwin(output: PlannedOutput): Promise<PlannedOutput> {
  const extension = extname(output.target);
  const stem = basename(output.target, extension).replace(/\.partial$/, '');
  const path = join(dirname(output.target), `${stem}.partial${extension}`);
  return planOutput(path, output.format);
}

function keepOf(existing: Stats | null): { mode: number; uid: number; gid: number } | null {
  return existing ? { mode: existing.mode, uid: existing.uid, gid: existing.gid } : null;
}

function isPlan(outputs: readonly string[] | readonly PlannedOutput[]): outputs is readonly PlannedOutput[] {
  return outputs.length > 0 && typeof outputs[0] !== 'string';
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
