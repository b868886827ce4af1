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
 * then the bundled snapshot). Each person's reverse lookups go to the source that holds the
 * person, so two copies of a family never mix.
 */
export function chainSources(first: PersonSource, second: PersonSource): PersonSource {
  return {
    description: `${first.description} + ${second.description}`,
    async getPeople(ids: readonly ItemId[], options?: GetPeopleOptions): Promise<PeopleBatch> {
      const kinds = options?.reverse;
      const asked = kinds ? (kinds.ids ?? ids) : [];
      const batch = await first.getPeople(ids);
      const missing = new Set(batch.missing);
      const held = asked.filter((id) => !missing.has(id));
      const elsewhere = asked.filter((id) => missing.has(id));
      const [own, rest] = await Promise.all([
        kinds && held.length > 0 ? first.getPeople([], { reverse: { ...kinds, ids: held } }) : null,
        batch.missing.length > 0 || elsewhere.length > 0
          ? second.getPeople(batch.missing, kinds ? { reverse: { ...kinds, ids: elsewhere } } : undefined)
          : null,
      ]);
      batch.missing = [];
      if (own) mergeBatch(batch, own);
      if (rest) mergeBatch(batch, rest);
      return batch;
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
