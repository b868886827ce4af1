/**
 * One pass over a dump (the reading thread): decompressed chunks are cut into lines, the
 * pre-filter picks the lines worth parsing, and they go in batches to the sink (the parsing
 * thread), at most two batches in flight so memory stays bounded whatever the dump's size.
 * Lines are looked at where they lie in each chunk; only a line cut by a chunk boundary is copied.
 */
import { UsageError } from '../errors.js';
import { printablePath } from '../files/printable.js';
import type { BatchResult } from './batch-writer.js';
import { DumpDamage, type DumpInput } from './dump-input.js';
import type { IdSet } from './id-set.js';
import { LineBatchBuilder } from './line-batch.js';
import { isFrameLine, lineItemNumber, lineVerdict, markLines } from './prefilter.js';
import type { BatchSink } from './sink.js';

export interface PassOptions {
  pass: 1 | 2;
  input: DumpInput;
  sink: BatchSink;
  /** Lines up to this one were done before the ingest was interrupted: only looked at for `seen`. */
  skipThrough: number;
  /** First pass: every item id met (to tell a founder stated before any link to him from an id not in the dump). */
  seen: IdSet | null;
  /** Second pass: the ids looked for; the pass ends as soon as all are found. */
  wanted: IdSet | null;
  /** Keep every item (no pre-filter). */
  everything: boolean;
  /** More malformed lines than this: the input is not a dump (exit 2). */
  maxBadLines: number;
  /** Lines between two checkpoints at most, even when none is kept (default 200,000). */
  checkpointLines?: number;
  onProgress?: (progress: PassProgress) => void;
}

export interface PassProgress {
  pass: 1 | 2;
  bytes: number;
  lines: number;
  forwarded: number;
  last: BatchResult | null;
}

export interface PassResult {
  lines: number;
  forwarded: number;
  /** Lines that are not entities at all (not counting `[`, `]` and blank lines). */
  notEntities: number;
  itemLines: number;
  last: BatchResult | null;
  stoppedEarly: boolean;
}

const MAX_LINE_BYTES = 64 << 20;
const BATCH_BYTES = 4 << 20;
const MAX_IN_FLIGHT = 2;
const ID_NEEDLE = Buffer.from('"id":"');
const NEWLINE = 0x0a;

export async function readPass(options: PassOptions): Promise<PassResult> {
  const { pass, input, seen, wanted } = options;
  const checkpointLines = options.checkpointLines ?? 200_000;
  const filter = pass === 1 && !options.everything;
  const builder = new LineBatchBuilder(BATCH_BYTES);
  const inFlight: Array<Promise<BatchResult>> = [];
  let ends = new Int32Array(4096);
  let verdicts = new Uint8Array(4096);
  let carry: Buffer[] = [];
  let carried = 0;
  let line = 0;
  let sentThrough = options.skipThrough;
  let notEntities = 0;
  let itemLines = 0;
  let forwarded = 0;
  let sawContent = false;
  let last: BatchResult | null = null;
  let stoppedEarly = false;

  const settle = async (keep: number) => {
    while (inFlight.length > keep) {
      last = await inFlight.shift()!;
      if (last.badLines + notEntities > options.maxBadLines) throw notADump(input, last.badLines + notEntities);
    }
  };
  const send = async () => {
    const written = options.sink.write(builder.take(pass, line, input.bytesRead()));
    written.catch(() => undefined); // awaited in order below; this only keeps Node from calling it unhandled
    inFlight.push(written);
    sentThrough = line;
    await settle(MAX_IN_FLIGHT - 1);
  };

  /** The complete lines of buf[start, end) (end is just after a newline). */
  const lines = (buf: Buffer, start: number, end: number) => {
    let count = 0;
    for (let at = buf.indexOf(NEWLINE, start); at !== -1 && at < end; at = buf.indexOf(NEWLINE, at + 1)) {
      if (count === ends.length) {
        const grown = new Int32Array(count * 2);
        grown.set(ends);
        ends = grown;
        verdicts = new Uint8Array(count * 2);
      }
      ends[count++] = at;
    }
    verdicts.fill(0, 0, count);
    if (filter && line + count > options.skipThrough) markLines(buf, start, ends, count, verdicts);
    for (let i = 0; i < count; i += 1) look(buf, i === 0 ? start : ends[i - 1]! + 1, ends[i]!, verdicts[i]!);
  };

  /** One line: counted, its id remembered, kept for the parser or not. */
  const look = (buf: Buffer, start: number, end: number, verdict: number) => {
    line += 1;
    const n = lineItemNumber(buf, start, end);
    if (n > 0) {
      itemLines += 1;
      seen?.add(n);
    }
    if (line <= options.skipThrough) return;
    let keep: boolean;
    if (n === 0) {
      if (isFrameLine(buf, start, end)) return;
      if (!sawContent && buf[firstNonSpace(buf, start, end)] !== 0x7b) throw notADump(input, 0, line);
      const at = buf.indexOf(ID_NEEDLE, start);
      if (at === -1 || at >= end) {
        notEntities += 1;
        keep = false;
      } else keep = pass === 1 && (!filter || verdict !== 0); // a property or lexeme: parsed, then skipped
    } else {
      keep = pass === 2 ? wanted!.has(n) : !filter || verdict !== 0;
      if (keep && pass === 2) wanted!.delete(n);
    }
    sawContent = true;
    if (keep) {
      builder.add(buf, start, end, line);
      forwarded += 1;
    }
  };

  try {
    for await (const chunk of input.chunks) {
      let from = 0;
      if (carried > 0) {
        const newline = chunk.indexOf(NEWLINE);
        if (newline === -1) {
          carry.push(chunk);
          carried += chunk.length;
          if (carried > MAX_LINE_BYTES) throw lineTooLong(input, line + 1);
          continue;
        }
        const joined = Buffer.concat([...carry, chunk.subarray(0, newline + 1)]);
        carry = [];
        carried = 0;
        lines(joined, 0, joined.length);
        from = newline + 1;
      }
      const lastNewline = chunk.lastIndexOf(NEWLINE);
      if (lastNewline >= from) lines(chunk, from, lastNewline + 1);
      const rest = Math.max(from, lastNewline + 1);
      if (rest < chunk.length) {
        carry = [chunk.subarray(rest)];
        carried = chunk.length - rest;
      }
      if (notEntities > options.maxBadLines) throw notADump(input, notEntities);
      if (builder.size >= BATCH_BYTES || line - sentThrough >= checkpointLines) await send();
      options.onProgress?.({ pass, bytes: input.bytesRead(), lines: line, forwarded, last });
      if (pass === 2 && wanted!.size === 0) {
        stoppedEarly = true;
        break;
      }
    }
    if (!stoppedEarly && carried > 0) {
      const tail = Buffer.concat(carry);
      look(tail, 0, tail.length, filter ? lineVerdict(tail, 0, tail.length) : 0);
    }
    await send();
    await settle(0);
  } catch (error) {
    await Promise.allSettled(inFlight);
    if (error instanceof DumpDamage) {
      throw new UsageError(
        'BAD_SNAPSHOT',
        `${nameOf(input)} ${error.what}: it broke after line ${line}${error.where}`,
        {
          cause: error,
        },
      );
    }
    throw error;
  } finally {
    if (stoppedEarly) input.close();
  }
  options.onProgress?.({ pass, bytes: input.bytesRead(), lines: line, forwarded, last });
  return { lines: line, forwarded, notEntities, itemLines, last, stoppedEarly };
}

function firstNonSpace(buf: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0d)) i += 1;
  return i;
}

function nameOf(input: DumpInput): string {
  return input.info.name === '-' ? 'standard input' : printablePath(input.info.name);
}

function notADump(input: DumpInput, bad: number, line?: number): UsageError {
  const why = line !== undefined ? `line ${line} is not a JSON object` : `${bad} lines are not Wikidata entities`;
  return new UsageError('BAD_SNAPSHOT', `${nameOf(input)} is not a Wikidata JSON dump or NDJSON of entities (${why})`);
}

function lineTooLong(input: DumpInput, line: number): UsageError {
  return new UsageError(
    'BAD_SNAPSHOT',
    `${nameOf(input)} is not a Wikidata JSON dump: line ${line} is longer than ${MAX_LINE_BYTES >> 20} MB`,
  );
}
