import type { ItemId } from '../ids.js';
import {
  mergeBatch,
  type GetPeopleOptions,
  type PeopleBatch,
  type PersonSource,
  type SourceStats,
} from './person-source.js';

/**
 * Asks `first`, then `second` for whatever `first` reported missing (offline: the local store,
 * then the bundled snapshot).
 */
export function chainSources(first: PersonSource, second: PersonSource): PersonSource {
  return {
    description: `${first.description} + ${second.description}`,
    async getPeople(ids: readonly ItemId[], options?: GetPeopleOptions): Promise<PeopleBatch> {
      const batch = await first.getPeople(ids, options);
      // Both sources answer the reverse lookups: each knows who points at these people in its data.
      const reverse = options?.reverse ? { ...options.reverse, ids: options.reverse.ids ?? ids } : undefined;
      if (batch.missing.length === 0 && !reverse) return batch;
      const rest = await second.getPeople(batch.missing, reverse ? { reverse } : undefined);
      batch.missing = [];
      return mergeBatch(batch, rest);
    },
    stats(): SourceStats {
      const a = first.stats();
      const b = second.stats();
      return {
        requests: a.requests + b.requests,
        retries: a.retries + b.retries,
        fromCache: a.fromCache + b.fromCache,
        fetched: a.fetched + b.fetched,
      };
    },
  };
}
