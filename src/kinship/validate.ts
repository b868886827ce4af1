import { UsageError, WdkinError } from '../errors.js';
import { parseItemId, type ItemId } from '../ids.js';
import { isPersonLike } from '../person/parse.js';
import type { FetchedPeople } from './fetched-people.js';
import { checkDistinct } from './bounds.js';

/** Parses two ids (Q-ids or Wikidata URLs) and refuses the same one twice. */
export function parsePair(a: ItemId | string, b: ItemId | string, itemHosts?: readonly string[]): [ItemId, ItemId] {
  const pair: [ItemId, ItemId] = [parseItemId(a, itemHosts), parseItemId(b, itemHosts)];
  checkDistinct(pair[0], pair[1]);
  return pair;
}

/**
 * After the first fetch: both people exist, are people (human, or with family links), and are
 * not one merged item. Returns the resolved ids.
 * @throws UsageError MISSING_ENTITY / NOT_A_PERSON / INVALID_OPTION; WdkinError FETCH_FAILED.
 */
export function checkFetchedPair(fetched: FetchedPeople, a: ItemId, b: ItemId): [ItemId, ItemId] {
  const resolved: [ItemId, ItemId] = [checkFetchedPerson(fetched, a), checkFetchedPerson(fetched, b)];
  checkDistinct(resolved[0], resolved[1], ` (${a} and ${b} are one merged item)`);
  return resolved;
}

/**
 * After the first fetch: the person exists and is a person (human, or with family links).
 * Returns the resolved id (a merged item's target).
 * @throws UsageError MISSING_ENTITY / NOT_A_PERSON; WdkinError FETCH_FAILED.
 */
export function checkFetchedPerson(fetched: FetchedPeople, id: ItemId): ItemId {
  const target = fetched.resolve(id);
  if (fetched.failed.has(target))
    throw new WdkinError('FETCH_FAILED', `${id} could not be fetched from ${fetched.source.description}`);
  const person = fetched.people.get(target);
  if (!person)
    throw new UsageError(
      'MISSING_ENTITY',
      `${id} does not exist on ${fetched.source.description} (deleted or never created)`,
    );
  if (!isPersonLike(person)) {
    const label = person.label ? ` (${person.label})` : '';
    throw new UsageError(
      'NOT_A_PERSON',
      `${id}${label} is not a person: not an instance of human (P31 Q5) and no family links`,
    );
  }
  return target;
}
