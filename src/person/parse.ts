import { isItemId, type ItemId } from '../ids.js';
import { BadResponseError } from '../errors.js';
import { chooseText } from './labels.js';
import { readLinkSet, truthyDate, truthyItems, type Claims } from './statements.js';
import type { Person, Sex } from './types.js';

const SEX_BY_ITEM: Record<string, Sex> = {
  Q6581097: 'male',
  Q6581072: 'female',
  Q2449503: 'male', // trans man
  Q1052281: 'female', // trans woman
  Q44148: 'male', // male organism
  Q43445: 'female', // female organism
};

const HUMAN = 'Q5';

/** Every property the Person model reads; the store keeps only these claims of an entity. */
export const PERSON_PROPERTIES = ['P21', 'P22', 'P25', 'P26', 'P31', 'P40', 'P569', 'P570'] as const;
const KEPT_KEYS = ['type', 'id', 'labels', 'descriptions', 'lastrevid', 'modified'] as const;

/**
 * The part of an entity the Person model reads (its labels, descriptions, revision and the
 * family, sex, date and instance-of claims). A real entity carries dozens of other properties
 * (often hundreds of KB); caching only this keeps the store small. Pure.
 */
export function compactEntity(entity: Record<string, unknown>): Record<string, unknown> {
  const compact: Record<string, unknown> = {};
  for (const key of KEPT_KEYS) if (key in entity) compact[key] = entity[key];
  const claims = entity.claims;
  if (typeof claims === 'object' && claims !== null && !Array.isArray(claims)) {
    const kept: Record<string, unknown> = {};
    for (const property of PERSON_PROPERTIES) {
      const statements = (claims as Record<string, unknown>)[property];
      if (statements !== undefined) kept[property] = statements;
    }
    compact.claims = kept;
  }
  return compact;
}

function sexOf(claims: Claims): Sex {
  const items = truthyItems(claims, 'P21');
  const first = items[0];
  if (!first) return 'unknown';
  return SEX_BY_ITEM[first] ?? 'other';
}

/**
 * Entity JSON (a wbgetentities entry, a dump line, or an EntityData entity) -> Person.
 * Pure. Throws BadResponseError when the value is not an item entity at all.
 */
export function parseEntity(raw: unknown, languages: readonly string[]): Person {
  if (typeof raw !== 'object' || raw === null) throw new BadResponseError('entity is not an object');
  const entity = raw as Record<string, unknown>;
  const id = entity.id;
  if (!isItemId(id))
    throw new BadResponseError(`entity has no valid item id (got ${JSON.stringify(String(id)).slice(0, 40)})`);
  const claims = (typeof entity.claims === 'object' && entity.claims !== null ? entity.claims : {}) as Claims;
  const label = chooseText(entity.labels, languages);
  const description = chooseText(entity.descriptions, languages);
  const person: Person = {
    id: id as ItemId,
    label: label?.value ?? null,
    labelLanguage: label?.language ?? null,
    description: description?.value ?? null,
    sex: sexOf(claims),
    birth: truthyDate(claims, 'P569'),
    death: truthyDate(claims, 'P570'),
    fathers: readLinkSet(claims, 'P22'),
    mothers: readLinkSet(claims, 'P25'),
    children: readLinkSet(claims, 'P40'),
    spouses: readLinkSet(claims, 'P26', true),
    human: truthyItems(claims, 'P31').includes(HUMAN),
  };
  if (label?.truncated) person.labelTruncated = true;
  if (typeof entity.lastrevid === 'number') person.revision = entity.lastrevid;
  return person;
}

/** True when the item has any family statement or is an instance of human. */
export function isPersonLike(person: Person): boolean {
  if (person.human) return true;
  const sets = [person.fathers, person.mothers, person.children, person.spouses];
  return sets.some((set) => set.links.length > 0 || set.unknownValues > 0);
}
