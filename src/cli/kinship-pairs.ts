/**
 * `wdkin kinship --pairs FILE`: one JSON answer per line (NDJSON) for every pair of the file,
 * from one process and one shared source (people fetched for one pair serve the next), a few
 * pairs in flight at once, answers printed in the file's order.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, WdkinError } from '../errors.js';
import { findKinship, type FindKinshipOptions } from '../kinship/find-kinship.js';
import { parsePairList, type PairLine } from '../kinship/pair-list.js';
import { shareSource } from '../kinship/shared-source.js';
import type { PersonSource } from '../wikidata/person-source.js';
import { EXIT_OK, EXIT_PARTIAL, type CliIO } from './io.js';
import { kinshipJson } from './render-kinship.js';

/** Pairs answered at once (their fetches overlap on a live source; answers stay in order). */
export const PAIRS_IN_FLIGHT = 4;

/** Reads and parses the pairs file; a missing file or one without pairs is a UsageError. */
export async function readPairs(path: string, io: CliIO): Promise<PairLine[]> {
  const full = resolve(io.cwd, path);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    throw new UsageError('FILE_NOT_FOUND', `Pairs file not found or not readable: ${full}`, { cause: error });
  }
  const pairs = parsePairList(text);
  if (pairs.length === 0) {
    throw new UsageError('INVALID_OPTION', `Expected --pairs to name a file of A<TAB>B lines, got no pairs in ${full}`);
  }
  return pairs;
}

type Answer = { json: Record<string, unknown>; partial: boolean } | { bug: unknown };

/**
 * Answers every pair; a pair that cannot be answered (bad id, missing person, fetch failure)
 * gets `{line, a, b, error: {code, message}}`. Resolves to the exit code: 0 when every pair was
 * answered in full, 1 when some were not.
 */
export async function answerPairs(
  pairs: readonly PairLine[],
  source: PersonSource,
  options: FindKinshipOptions,
  io: CliIO,
): Promise<number> {
  const shared = shareSource(source);
  let exitCode = EXIT_OK;
  const answer = async (pair: PairLine): Promise<Answer> => {
    if ('error' in pair)
      return { json: { line: pair.line, error: { code: 'INVALID_ID', message: pair.error } }, partial: true };
    const started = Date.now();
    try {
      const result = await findKinship(shared, pair.a, pair.b, options);
      const json = { line: pair.line, ...kinshipJson(result, { outputs: [], seconds: (Date.now() - started) / 1000 }) };
      return { json, partial: result.failed.length > 0 };
    } catch (error) {
      if (!(error instanceof WdkinError)) return { bug: error };
      const json = { line: pair.line, a: pair.a, b: pair.b, error: { code: error.code, message: error.message } };
      return { json, partial: true };
    }
  };
  // A reader that goes away (`| head`) ends the run quietly instead of crashing it.
  let closed = false;
  const onError = () => {
    closed = true;
  };
  io.stdout.on('error', onError);
  const inFlight: Array<Promise<Answer>> = [];
  const emit = async (next: Answer) => {
    if ('bug' in next) throw next.bug;
    if (next.partial) exitCode = EXIT_PARTIAL;
    if (!closed) await writeWithBackpressure(io.stdout, `${JSON.stringify(next.json)}\n`, () => closed);
  };
  try {
    for (const pair of pairs) {
      if (closed) break;
      inFlight.push(answer(pair));
      if (inFlight.length >= PAIRS_IN_FLIGHT) await emit(await inFlight.shift()!);
    }
    while (inFlight.length > 0) await emit(await inFlight.shift()!);
  } finally {
    io.stdout.off('error', onError);
  }
  return exitCode;
}

/** Writes, waiting for 'drain' when the stream's buffer is full (a slow reader at the other end of a pipe). */
function writeWithBackpressure(stream: NodeJS.WritableStream, text: string, closed: () => boolean): Promise<void> {
  if (stream.write(text) || closed()) return Promise.resolve();
  return new Promise((done) => {
    const finish = () => {
      stream.off('drain', finish);
      stream.off('error', finish);
      done();
    };
    stream.once('drain', finish);
    stream.once('error', finish);
  });
}
