/**
 * One PersonSource shared by many questions (`wdkin kinship --pairs`, research scripts): every
 * person, missing id and merged item is asked for once; later questions are answered from memory.
 * Failures are not remembered (a later question may retry them). Pure (no I/O of its own).
 */
import type { ItemId } from '../ids.js';
import type { Person } from '../person/types.js';
import { emptyBatch, mergeBatch, type PeopleBatch, type PersonSource } from '../wikidata/person-source.js';

/** People kept at most before the memory is cleared (and filled again as questions go on). */
export const SHARED_SOURCE_CAPACITY = 500_000;

export function shareSource(source: PersonSource, capacity = SHARED_SOURCE_CAPACITY): PersonSource {
  const people = new Map<ItemId, Person>();
  const missing = new Set<ItemId>();
  const redirects = new Map<ItemId, ItemId>();
  const shared: PersonSource = {
    description: source.description,
    async getPeople(ids: readonly ItemId[]): Promise<PeopleBatch> {
      const batch = emptyBatch();
      const ask: ItemId[] = [];
      for (const id of new Set(ids)) {
        const target = redirects.get(id) ?? id;
        const person = people.get(target);
        if (person) {
          batch.people.set(target, person);
          if (target !== id) batch.redirects.set(id, target);
        } else if (missing.has(id)) batch.missing.push(id);
        else ask.push(id);
      }
      if (ask.length === 0) return batch;
      const answer = await source.getPeople(ask);
      if (people.size + answer.people.size > capacity) {
        people.clear();
        missing.clear();
        redirects.clear();
      }
      for (const [id, person] of answer.people) people.set(id, person);
      for (const [from, to] of answer.redirects) redirects.set(from, to);
      for (const id of answer.missing) missing.add(id);
      return mergeBatch(batch, answer);
    },
    stats: () => source.stats(),
  };
  if (source.close) shared.close = () => source.close?.();
  return shared;
}
