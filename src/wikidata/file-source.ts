import { access, constants, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { isItemId, type ItemId } from '../ids.js';
import type { Anomaly } from '../graph/anomaly.js';
import { parseEntity } from '../person/parse.js';
import type { FamilyProperty, Person } from '../person/types.js';
import { readEntityLines } from './entity-lines.js';
import {
  emptyBatch,
  type GetPeopleOptions,
  type PeopleBatch,
  type PersonSource,
  type SourceStats,
} from './person-source.js';
import { reverseProperties, wantsReverse } from './reverse-queries.js';

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
  let index: Map<ItemId, Pointer[]> | null = null;
  return {
    description: options.description,
    size: people.size,
    problems: options.problems ?? [],
    async getPeople(ids: readonly ItemId[], getOptions?: GetPeopleOptions): Promise<PeopleBatch> {
      const batch = emptyBatch();
      const reverse = getOptions?.reverse;
      if (wantsReverse(reverse)) {
        index ??= indexPointers(people);
        batch.linkedFrom = pointersTo(index, reverse.ids ?? ids, reverseProperties(reverse));
      }
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

interface Pointer {
  source: ItemId;
  property: FamilyProperty;
}

/** Who points at whom: for every family statement, the target -> its source and property. */
function indexPointers(people: ReadonlyMap<ItemId, Person>): Map<ItemId, Pointer[]> {
  const index = new Map<ItemId, Pointer[]>();
  const add = (target: ItemId, pointer: Pointer) => {
    const list = index.get(target);
    if (list) list.push(pointer);
    else index.set(target, [pointer]);
  };
  for (const [source, person] of people) {
    for (const link of person.fathers.links) add(link.target, { source, property: 'P22' });
    for (const link of person.mothers.links) add(link.target, { source, property: 'P25' });
    for (const link of person.children.links) add(link.target, { source, property: 'P40' });
    for (const link of person.spouses.links) add(link.target, { source, property: 'P26' });
  }
  return index;
}

function pointersTo(
  index: ReadonlyMap<ItemId, Pointer[]>,
  ids: readonly ItemId[],
  properties: readonly string[],
): ItemId[] {
  const found = new Set<ItemId>();
  for (const id of ids) {
    for (const pointer of index.get(id) ?? []) if (properties.includes(pointer.property)) found.add(pointer.source);
  }
  return [...found];
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
