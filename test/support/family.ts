/**
 * Hand-built families for tests: describe people tersely, get Person objects and a FamilyGraph
 * built by the real graph builder (no mocks).
 */
import type { ItemId } from '../../src/ids.js';
import type { FamilyLink, LinkSet, PartialDate, Person, Sex } from '../../src/person/types.js';
import { buildFamilyGraph } from '../../src/graph/build.js';
import type { FamilyGraph } from '../../src/graph/types.js';

export interface PersonSpec {
  label?: string | null;
  sex?: Sex;
  born?: number;
  died?: number;
  father?: ItemId | 'unknown';
  mother?: ItemId | 'unknown';
  spouses?: ItemId[];
  /** P1039 kinship type on the father / mother statements (e.g. adoptive = Q20746725). */
  fatherKinship?: ItemId[];
  motherKinship?: ItemId[];
}

export function yearDate(year: number): PartialDate {
  const bce = year < 0;
  const padded = String(Math.abs(year)).padStart(4, '0');
  return { year, precision: 9, calendar: 'gregorian', bce, time: `${bce ? '-' : '+'}${padded}-00-00T00:00:00Z` };
}

function linkSet(links: FamilyLink[] = [], unknownValues = 0): LinkSet {
  return { links, unknownValues, noValue: false, deprecated: 0 };
}

function link(owner: ItemId, property: string, target: ItemId, kinshipType?: ItemId[]): FamilyLink {
  const base: FamilyLink = { target, statementId: `${owner}$${property}-${target}`, rank: 'normal' };
  return kinshipType && kinshipType.length > 0 ? { ...base, kinshipType } : base;
}

/**
 * Makes Person objects from specs. Children (P40) are derived from fathers/mothers, and spouses
 * are made symmetric, as on well-kept Wikidata items.
 */
export function makePeople(specs: Record<string, PersonSpec>): Map<ItemId, Person> {
  const people = new Map<ItemId, Person>();
  for (const [rawId, spec] of Object.entries(specs)) {
    const id = rawId as ItemId;
    const fathers =
      spec.father === 'unknown'
        ? linkSet([], 1)
        : linkSet(spec.father ? [link(id, 'P22', spec.father, spec.fatherKinship)] : []);
    const mothers =
      spec.mother === 'unknown'
        ? linkSet([], 1)
        : linkSet(spec.mother ? [link(id, 'P25', spec.mother, spec.motherKinship)] : []);
    people.set(id, {
      id,
      label: spec.label === undefined ? `Person ${id}` : spec.label,
      labelLanguage: spec.label === null ? null : 'en',
      description: null,
      sex: spec.sex ?? 'unknown',
      birth: spec.born === undefined ? null : yearDate(spec.born),
      death: spec.died === undefined ? null : yearDate(spec.died),
      fathers,
      mothers,
      children: linkSet(),
      spouses: linkSet((spec.spouses ?? []).map((s) => link(id, 'P26', s))),
      human: true,
    });
  }
  for (const person of people.values()) {
    for (const parentLink of [...person.fathers.links, ...person.mothers.links]) {
      const parent = people.get(parentLink.target);
      if (parent && !parent.children.links.some((l) => l.target === person.id)) {
        parent.children.links.push(link(parent.id, 'P40', person.id));
      }
    }
    for (const spouseLink of person.spouses.links) {
      const spouse = people.get(spouseLink.target);
      if (spouse && !spouse.spouses.links.some((l) => l.target === person.id)) {
        spouse.spouses.links.push(link(spouse.id, 'P26', person.id));
      }
    }
  }
  return people;
}

/** A FamilyGraph of every person in the specs (depth 0 for seeds, 1 for the rest). */
export function makeFamilyGraph(
  specs: Record<string, PersonSpec>,
  seeds: ItemId[] = [],
  options: { spouses?: boolean } = {},
): FamilyGraph {
  const people = makePeople(specs);
  const depths = new Map<ItemId, number>([...people.keys()].map((id) => [id, seeds.includes(id) ? 0 : 1]));
  return buildFamilyGraph(people, {
    depths,
    spouses: options.spouses ?? true,
    followed: { parents: true, children: true, spouses: options.spouses ?? true },
    meta: {
      seeds,
      depth: 1,
      direction: 'both',
      relations: ['parent', 'child', 'spouse'],
      endpoint: 'test',
      languages: ['en'],
      crawledAt: '2026-01-01T00:00:00.000Z',
      wdkinVersion: '0.0.0-test',
    },
  }).graph;
}
