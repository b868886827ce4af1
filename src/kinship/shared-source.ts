/**
 * One PersonSource shared by many questions (`wdkin kinship --pairs`, research scripts): every
 * person, missing id and merged item is asked for once, even by questions in flight at the same
 * time; later questions are answered from memory. Failures are not remembered (a later question
 * may retry them). Pure (no I/O of its own).
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
  /** Ids asked for by a call still in flight, and when that call settles. */
  const pending = new Map<ItemId, Promise<void>>();

  /** What memory knows of `id`: added to `batch`, or false. */
  const answerFromMemory = (id: ItemId, batch: PeopleBatch): boolean => {
    const target = redirects.get(id) ?? id;
    const person = people.get(target);
    if (person) {
      batch.people.set(target, person);
      if (target !== id) batch.redirects.set(id, target);
      return true;
    }
    if (missing.has(id)) {
      batch.missing.push(id);
      return true;
    }
    return false;
  };

  const remember = (answer: PeopleBatch) => {
    if (people.size + answer.people.size > capacity) {
      people.clear();
      missing.clear();
      redirects.clear();
    }
    for (const [id, person] of answer.people) people.set(id, person);
    for (const [from, to] of answer.redirects) redirects.set(from, to);
    for (const id of answer.missing) missing.add(id);
  };

  const shared: PersonSource = {
    description: source.description,
    async getPeople(ids: readonly ItemId[]): Promise<PeopleBatch> {
      const batch = emptyBatch();
      const ask: ItemId[] = [];
      const waiting = new Map<ItemId, Promise<void>>();
      for (const id of new Set(ids)) {
        if (answerFromMemory(id, batch)) continue;
        const inFlight = pending.get(id);
        if (inFlight) waiting.set(id, inFlight);
        else ask.push(id);
      }
      if (ask.length > 0) {
        const call = source.getPeople(ask);
        const settled = call.then(
          () => undefined,
          () => undefined,
        );
        for (const id of ask) pending.set(id, settled);
        try {
          const answer = await call;
          remember(answer);
          mergeBatch(batch, answer);
        } finally {
          for (const id of ask) if (pending.get(id) === settled) pending.delete(id);
        }
      }
      await Promise.all(waiting.values());
      for (const id of waiting.keys()) if (!answerFromMemory(id, batch)) batch.failed.push(id);
      return batch;
    },
    stats: () => source.stats(),
  };
  if (source.close) shared.close = () => source.close?.();
  return shared;
}
