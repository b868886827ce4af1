import { access, constants, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { isItemId, type ItemId } from '../ids.js';
import type { Anomaly } from '../graph/anomaly.js';
import { parseEntity } from '../person/parse.js';
import type { Person } from '../person/types.js';
import { readEntityLines } from './entity-lines.js';
import { emptyBatch, type PeopleBatch, type PersonSource, type SourceStats } from './person-source.js';

export interface FileSourceOptions {
  languages: readonly string[];
  /** Stop after this many malformed lines (the file is probably not a dump). Default 1000. */
  maxBadLines?: number;
}

/** A snapshot file read once into memory: every request is answered from it, no network. */
export interface FileSource extends PersonSource {
  readonly size: number;
  /** Malformed lines, skipped and reported. */
  readonly problems: readonly Anomaly[];
}

/**
 * Opens an NDJSON / Wikidata-dump file (plain or .gz) as a PersonSource. Bad lines are skipped
 * and reported; a missing or unreadable file is a UsageError (exit 2).
 */
export async function openFileSource(path: string, options: FileSourceOptions): Promise<FileSource> {
  await checkReadable(path);
  const people = new Map<ItemId, Person>();
  const problems: Anomaly[] = [];
  const maxBadLines = options.maxBadLines ?? 1000;
  for await (const line of readEntityLines(path)) {
    const problem = line.entity ? addEntity(people, line.entity, options.languages) : line.error;
    if (problem === undefined) continue;
    problems.push({ kind: 'bad-snapshot-line', id: null, detail: `${path}:${line.lineNumber}: ${problem}, skipped` });
    if (problems.length > maxBadLines) {
      throw new UsageError(
        'BAD_SNAPSHOT',
        `${path} does not look like an NDJSON or Wikidata JSON dump file (${problems.length} unreadable lines)`,
      );
    }
  }
  if (people.size === 0) {
    throw new UsageError('BAD_SNAPSHOT', `${path} holds no Wikidata items (expected NDJSON or a Wikidata JSON dump)`);
  }
  return createMapSource(people, { description: path, problems });
}

/** A PersonSource over people already in memory (a loaded snapshot). */
export function createMapSource(
  people: ReadonlyMap<ItemId, Person>,
  options: { description: string; problems?: readonly Anomaly[] },
): FileSource {
  const counters: SourceStats = { requests: 0, retries: 0, fromCache: 0, fetched: 0 };
  let reported = false;
  return {
    description: options.description,
    size: people.size,
    problems: options.problems ?? [],
    async getPeople(ids: readonly ItemId[]): Promise<PeopleBatch> {
      const batch = emptyBatch();
      if (!reported) {
        batch.anomalies.push(...(options.problems ?? []));
        reported = true;
      }
      for (const id of ids) {
        const person = people.get(id);
        if (person) {
          batch.people.set(id, person);
          counters.fetched += 1;
        } else {
          batch.missing.push(id);
        }
      }
      return batch;
    },
    stats: () => ({ ...counters }),
  };
}

/** Parses one entity into `people`; returns what was wrong with it, if anything. */
function addEntity(
  people: Map<ItemId, Person>,
  entity: Record<string, unknown>,
  languages: readonly string[],
): string | undefined {
  const id = entity.id;
  if (typeof id !== 'string') return 'entity without an id';
  if (!isItemId(id)) return /^[PLM][0-9]+/.test(id) ? undefined : `invalid id ${JSON.stringify(id.slice(0, 30))}`;
  try {
    people.set(id, parseEntity(entity, languages));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

async function checkReadable(path: string): Promise<void> {
  try {
    await access(path, constants.R_OK);
    if (!(await stat(path)).isFile()) throw new Error('not a file');
  } catch {
    throw new UsageError('FILE_NOT_FOUND', `Snapshot file not found or not readable: ${path}`);
  }
}
