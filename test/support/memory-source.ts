/**
 * An in-memory PersonSource over real Person objects (e.g. from makePeople), recording every
 * call, for tests of code that fetches people (kinship search). Requests are counted as a live
 * source would send them: one per 50 ids.
 */
import type { ItemId } from '../../src/ids.js';
import type { Person } from '../../src/person/types.js';
import { emptyBatch, type PeopleBatch, type PersonSource, type SourceStats } from '../../src/wikidata/person-source.js';

export interface MemorySource extends PersonSource {
  /** The ids of every getPeople call, in order. */
  readonly calls: ItemId[][];
  /** Every id asked for, in order (repeats included). */
  requestedIds(): ItemId[];
}

export interface MemorySourceOptions {
  /** Merged items: requested id -> target id (answered as the target, as wbgetentities does). */
  redirects?: Record<string, ItemId>;
  /** Ids that fail as after every retry. */
  failing?: readonly ItemId[];
  batchSize?: number;
}

export function createMemorySource(
  people: ReadonlyMap<ItemId, Person>,
  options: MemorySourceOptions = {},
): MemorySource {
  const calls: ItemId[][] = [];
  const stats: SourceStats = { requests: 0, retries: 0, fromCache: 0, fetched: 0 };
  const batchSize = options.batchSize ?? 50;
  const failing = new Set(options.failing ?? []);
  return {
    description: 'memory',
    calls,
    requestedIds: () => calls.flat(),
    async getPeople(ids: readonly ItemId[]): Promise<PeopleBatch> {
      calls.push([...ids]);
      stats.requests += Math.ceil(ids.length / batchSize);
      const batch = emptyBatch();
      for (const id of ids) {
        if (failing.has(id)) {
          batch.failed.push(id);
          continue;
        }
        const target = options.redirects?.[id] ?? id;
        const person = people.get(target);
        if (!person) {
          batch.missing.push(id);
          continue;
        }
        if (target !== id) batch.redirects.set(id, target);
        batch.people.set(target, person);
        stats.fetched += 1;
      }
      return batch;
    },
    stats: () => ({ ...stats }),
  };
}
