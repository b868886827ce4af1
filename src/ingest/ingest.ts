/**
 * `wdkin ingest`: a Wikidata JSON dump (or NDJSON) into the store's family graph, streamed in
 * bounded memory. Pass 1 keeps every item with a family statement and holds humans without one in
 * waiting; the ones a link names are kept when the pass ends. On request (secondPass), a second
 * pass over the file finds the rest of the items named by links (non-humans met before any link
 * to them), only when there are such items, and stops as soon as all are found. Everything goes to a staging file
 * with a checkpoint per batch (--resume); the store gets it in one final transaction.
 */
import { IngestStaging, type IngestState } from '../store/ingest-staging.js';
import { Store, type DumpRecord } from '../store/store.js';
import { UsageError } from '../errors.js';
import { openDumpInput, type DumpSourceInfo } from './dump-input.js';
import { readPass, type PassProgress } from './dump-reader.js';
import { IdSet } from './id-set.js';
import { openSink } from './sink.js';

export interface IngestOptions {
  /** A file path, or `-` for standard input. */
  input: string;
  storePath: string;
  /** The store key (the Wikibase the dump comes from). */
  endpoint: string;
  /** Labels and descriptions kept in these languages (plus mul and one fallback); null = all. */
  languages: string[] | null;
  /** Keep every item, not only the family graph (the bundled snapshot's store). */
  everything?: boolean;
  /**
   * Read the file a second time for the items links name that were met before any link to them
   * and are not human (default false: they are counted as `notKept`; the model never draws them).
   */
  secondPass?: boolean;
  resume?: boolean;
  /** Parse in a worker thread (default true). */
  threads?: boolean;
  stdin?: NodeJS.ReadableStream;
  maxBadLines?: number;
  /** Lines between checkpoints at most (tests make it small). */
  checkpointLines?: number;
  onEvent?: (event: IngestEvent) => void;
  now?: () => number;
}

export type IngestEvent =
  | { type: 'start'; source: DumpSourceInfo; resumed: boolean; notes: string[] }
  | { type: 'progress'; progress: PassProgress; total: number | null }
  | { type: 'second-pass'; wanted: number }
  | { type: 'swap' };

export interface IngestSummary {
  file: string;
  size: number | null;
  compression: DumpSourceInfo['compression'];
  endpoint: string;
  dumpDate: string;
  people: number;
  links: number;
  lines: number;
  items: number;
  parsed: number;
  /** Share of item lines that were parsed (the rest were skipped by the byte-level pre-filter). */
  parsedShare: number;
  badLines: number;
  badSamples: string[];
  secondPass: { wanted: number; found: number; lines: number; stoppedEarly: boolean } | null;
  /** Ids named by links that the dump does not hold (deleted or merged items). */
  notInDump: number;
  /** Named by links, met before any link to them, not human: kept only by a second pass (--second-pass; not on stdin). */
  notKept: number;
  resumed: boolean;
  notes: string[];
  seconds: number;
  /** Seconds in the first pass, the second pass and the swap into the store (this run). */
  timings: { firstPass: number; secondPass: number; swap: number };
}

export function stagingPathFor(storePath: string): string {
  return `${storePath}.ingest`;
}

export async function ingestDump(options: IngestOptions): Promise<IngestSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const stagingPath = stagingPathFor(options.storePath);
  Store.open(options.storePath).close(); // a store that cannot be used fails now, not after the dump is read
  let input = await openDumpInput(options.input, options.stdin);
  const { info } = input;
  const notes: string[] = [];
  let staging: IngestStaging | null = IngestStaging.open(stagingPath);
  let state = staging?.state() ?? null;
  const resumed = options.resume === true && state !== null && sameIngest(state, info, options);
  if (!resumed) {
    if (options.resume) notes.push('Nothing to resume for this dump and these options: starting a new ingest.');
    else if (state) notes.push('An interrupted ingest was discarded (use --resume to continue one).');
    staging?.close();
    state = initialState(info, options, now());
    staging = IngestStaging.create(stagingPath, state);
  }
  staging!.close();
  options.onEvent?.({ type: 'start', source: info, resumed, notes });
  const everything = options.everything === true;
  const maxBadLines = options.maxBadLines ?? 1000;
  const threads = options.threads !== false;
  const total = info.size;
  let first: { lines: number; items: number } | null = null;
  let second: IngestSummary['secondPass'] = null;
  let notKept = 0;
  const timings = { firstPass: 0, secondPass: 0, swap: 0 };
  let mark = now();
  const lap = (key: keyof typeof timings) => {
    const at = now();
    timings[key] = (at - mark) / 1000;
    mark = at;
  };
  try {
    if (state!.phase === 'reading' && state!.pass === 1) {
      const seen = new IdSet();
      const sink = await openSink({ stagingPath, wanted: null }, threads);
      let result;
      try {
        result = await readPass({
          pass: 1,
          input,
          sink,
          skipThrough: state!.line,
          seen,
          wanted: null,
          everything,
          maxBadLines,
          ...(options.checkpointLines ? { checkpointLines: options.checkpointLines } : {}),
          onProgress: (progress) => options.onEvent?.({ type: 'progress', progress, total }),
        });
      } finally {
        await sink.close();
      }
      first = { lines: result.lines, items: result.itemLines };
      if (result.itemLines === 0) {
        throw new UsageError(
          'BAD_SNAPSHOT',
          `${label(info)} holds no Wikidata items (expected a Wikidata JSON dump or NDJSON)`,
        );
      }
      const after = IngestStaging.open(stagingPath)!;
      state = after.state();
      const needed = after.settleFirstPass();
      const inDump = needed.filter((n) => seen.has(n));
      state = { ...state, dangling: needed.length - inDump.length, wanted: inDump.length };
      if (inDump.length > 0 && info.name !== '-' && options.secondPass === true) {
        state = { ...state, pass: 2, line: 0, bytes: 0 };
        after.startSecondPass(inDump, state);
      } else {
        notKept = inDump.length;
        state = { ...state, phase: 'swap' };
        after.setState(state);
      }
      after.close();
      lap('firstPass');
    }
    if (state!.phase === 'reading' && state!.pass === 2) {
      const at = IngestStaging.open(stagingPath)!;
      const remaining = at.remainingWanted();
      at.close();
      if (first) input = await openDumpInput(options.input, options.stdin);
      options.onEvent?.({ type: 'second-pass', wanted: remaining.length });
      const wanted = new IdSet();
      for (const n of remaining) wanted.add(n);
      const sink = await openSink({ stagingPath, wanted: remaining }, threads);
      let result;
      try {
        result =
          remaining.length === 0
            ? null
            : await readPass({
                pass: 2,
                input,
                sink,
                skipThrough: state!.line,
                seen: null,
                wanted,
                everything,
                maxBadLines,
                ...(options.checkpointLines ? { checkpointLines: options.checkpointLines } : {}),
                onProgress: (progress) => options.onEvent?.({ type: 'progress', progress, total }),
              });
      } finally {
        await sink.close();
        input.close();
      }
      const end = IngestStaging.open(stagingPath)!;
      state = { ...end.state(), phase: 'swap' };
      end.setState(state);
      end.close();
      second = {
        wanted: state.wanted,
        found: state.wanted - wanted.size,
        lines: result?.lines ?? 0,
        stoppedEarly: result?.stoppedEarly ?? true,
      };
      notKept = wanted.size;
      lap('secondPass');
    }
  } catch (error) {
    input.close();
    if (error instanceof UsageError) IngestStaging.remove(stagingPath);
    throw error;
  }
  input.close();
  options.onEvent?.({ type: 'swap' });
  const last = IngestStaging.open(stagingPath)!;
  last.checkpoint();
  last.close();
  const final = state!;
  const store = Store.open(options.storePath);
  let record: DumpRecord;
  try {
    record = store.replaceWithDump(stagingPath, {
      endpoint: options.endpoint,
      file: info.name,
      size: info.size,
      dumpDate: Math.floor(final.newest ?? info.mtimeMs ?? started),
      languages: options.languages ? options.languages.join(',') : '*',
      ingestedAt: now(),
    });
  } finally {
    store.close();
  }
  IngestStaging.remove(stagingPath);
  lap('swap');
  const items = first?.items ?? 0;
  return {
    file: info.name,
    size: info.size,
    compression: info.compression,
    endpoint: options.endpoint,
    dumpDate: new Date(record.dumpDate).toISOString(),
    people: record.people,
    links: record.links,
    lines: first?.lines ?? 0,
    items,
    parsed: final.parsed,
    parsedShare: items > 0 ? final.parsed / items : 0,
    badLines: final.badLines,
    badSamples: final.badSamples,
    secondPass: second,
    notInDump: final.dangling,
    notKept,
    resumed,
    notes,
    seconds: (now() - started) / 1000,
    timings,
  };
}

function initialState(info: DumpSourceInfo, options: IngestOptions, now: number): IngestState {
  return {
    version: 1,
    source: { name: info.name, size: info.size, mtimeMs: info.mtimeMs, head: info.head },
    endpoint: options.endpoint,
    languages: options.languages,
    everything: options.everything === true,
    pass: 1,
    phase: 'reading',
    line: 0,
    bytes: 0,
    parsed: 0,
    badLines: 0,
    badSamples: [],
    newest: null,
    wanted: 0,
    dangling: 0,
    startedAt: now,
  };
}

/** The interrupted ingest read the same dump with the same options. */
function sameIngest(state: IngestState, info: DumpSourceInfo, options: IngestOptions): boolean {
  return (
    state.source.name === info.name &&
    state.source.size === info.size &&
    state.source.mtimeMs === info.mtimeMs &&
    state.source.head === info.head &&
    state.endpoint === options.endpoint &&
    JSON.stringify(state.languages) === JSON.stringify(options.languages) &&
    state.everything === (options.everything === true)
  );
}

function label(info: DumpSourceInfo): string {
  return info.name === '-' ? 'standard input' : info.name;
}
