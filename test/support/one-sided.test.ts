/**
 * The one-sided variant generator: on the royals (shares, every link kept once, manifest true to the
 * data, determinism), as a property on small random families, and served by the fake Wikibase,
 * where a reverse search finds the children whose P40 was dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { entity } from './entities.js';
import { searchTitles } from './fake-search-helpers.js';
import { startFakeWikibase, type FakeWikibase } from './fake-wikibase.js';
import { makeOneSided, oneSidedRoyals, type OneSided } from './one-sided.js';

type Entity = Record<string, unknown>;
type Claims = Record<string, Array<{ id: string; mainsnak: { datavalue?: { value: { id: string } } } }>>;

/** Parent>child pairs stated on the parent (P40) and on the child (P22/P25). */
function statedLinks(entities: readonly Entity[]): { fromParent: Set<string>; fromChild: Set<string> } {
  const fromParent = new Set<string>();
  const fromChild = new Set<string>();
  for (const person of entities) {
    const claims = person['claims'] as Claims;
    const values = (property: string) => (claims[property] ?? []).map((s) => s.mainsnak.datavalue?.value.id);
    for (const child of values('P40')) fromParent.add(`${String(person['id'])}>${child}`);
    for (const parent of [...values('P22'), ...values('P25')]) fromChild.add(`${parent}>${String(person['id'])}`);
  }
  return { fromParent, fromChild };
}

function statementIds(entities: readonly Entity[]): Set<string> {
  return new Set(
    entities.flatMap((person) =>
      Object.values(person['claims'] as Claims)
        .flat()
        .map((s) => s.id),
    ),
  );
}

describe('the one-sided royals', () => {
  let original: Entity[];
  let variant: OneSided;
  beforeAll(async () => {
    original = (await oneSidedRoyals({ seed: 9, dropChildShare: 0, dropParentShare: 0 })).entities;
    variant = await oneSidedRoyals({ seed: 9 });
  });

  it('drops about 30% of P40 and 10% of P22/P25 over the links stated on both sides', () => {
    const { counts } = variant;
    expect(counts).toMatchObject({ links: 5563, bothSides: 5563, parentSideOnly: 0, childSideOnly: 0 });
    expect(counts.droppedP40 / counts.bothSides).toBeCloseTo(0.3, 1);
    expect(counts.droppedParentStatements / counts.bothSides).toBeCloseTo(0.1, 1);
  });

  it('keeps every link stated on one side at least, and never drops both', () => {
    const before = statedLinks(original);
    const after = statedLinks(variant.entities);
    const links = new Set([...before.fromParent, ...before.fromChild]);
    expect([...links].filter((link) => !after.fromParent.has(link) && !after.fromChild.has(link))).toEqual([]);
    const droppedLinks = variant.dropped.map(
      ({ parent, child, property }) => `${parent}>${child} ${property === 'P40'}`,
    );
    const sides = new Map<string, Set<string>>();
    for (const entry of droppedLinks) {
      const [link = '', side = ''] = entry.split(' ');
      sides.set(link, (sides.get(link) ?? new Set()).add(side));
    }
    expect([...sides.values()].every((set) => set.size === 1)).toBe(true);
  });

  it('lists exactly the statements it removed', () => {
    const kept = statementIds(variant.entities);
    const gone = [...statementIds(original)].filter((id) => !kept.has(id));
    expect(variant.dropped.map((entry) => entry.statementId).sort()).toEqual(gone.sort());
    const p40 = variant.dropped.filter((entry) => entry.property === 'P40');
    expect(p40.every((entry) => entry.statementId.startsWith(`${entry.parent}$`))).toBe(true);
    const parents = variant.dropped.filter((entry) => entry.property !== 'P40');
    expect(parents.every((entry) => entry.statementId.startsWith(`${entry.child}$`))).toBe(true);
  });

  it('is deterministic: the same seed gives the same variant, another seed another', async () => {
    const again = await oneSidedRoyals({ seed: 9 });
    expect(JSON.stringify(again.entities)).toBe(JSON.stringify(variant.entities));
    expect(again.dropped).toEqual(variant.dropped);
    expect((await oneSidedRoyals({ seed: 10 })).dropped).not.toEqual(variant.dropped);
  });

  it('refuses shares outside 0..1 or summing over 1', () => {
    expect(() => makeOneSided([], { seed: 1, dropChildShare: 0.8, dropParentShare: 0.3 })).toThrow(RangeError);
    expect(() => makeOneSided([], { seed: 1, dropChildShare: -0.1 })).toThrow(RangeError);
  });
});

/** A random family of up to 12 people: each may have a father and a mother among the earlier ones. */
const families = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.boolean()), { maxLength: 12 }).map((rows) => {
  const specs = rows.map(([father, mother], i) => ({
    id: `Q${i + 1}`,
    fathers: i > 0 && father % 3 !== 0 ? [`Q${(father % i) + 1}`] : [],
    mothers: i > 1 && mother % 3 !== 0 ? [`Q${(mother % i) + 1}`] : [],
  }));
  return specs.map((spec, i) => {
    const [, , withP40, withParents] = rows[i]!;
    const children = specs.filter((s) => [...s.fathers, ...s.mothers].includes(spec.id)).map((s) => s.id);
    return entity(spec.id, {
      children: withP40 ? children : [],
      fathers: withParents ? spec.fathers : [],
      mothers: withParents ? spec.mothers : [],
    });
  });
});

describe('makeOneSided on random families', () => {
  it('never unstates a link, leaves one-sided links alone, and does not touch its input', () => {
    fc.assert(
      fc.property(families, fc.integer(), (people, seed) => {
        const before = JSON.stringify(people);
        const { entities, counts } = makeOneSided(people, { seed, dropChildShare: 0.5, dropParentShare: 0.5 });
        expect(JSON.stringify(people)).toBe(before);
        const was = statedLinks(people);
        const now = statedLinks(entities);
        for (const link of was.fromParent) if (!was.fromChild.has(link)) expect(now.fromParent.has(link)).toBe(true);
        for (const link of was.fromChild) if (!was.fromParent.has(link)) expect(now.fromChild.has(link)).toBe(true);
        for (const link of [...was.fromParent, ...was.fromChild]) {
          expect(now.fromParent.has(link) || now.fromChild.has(link)).toBe(true);
        }
        expect(counts.droppedP40 + counts.droppedParentStatements).toBe(counts.bothSides);
      }),
    );
  });
});

describe('the fake Wikibase on the one-sided royals', () => {
  let fake: FakeWikibase;
  let variant: OneSided;
  beforeAll(async () => {
    variant = await oneSidedRoyals({ seed: 9 });
    fake = await startFakeWikibase({ dataset: variant.entities });
  });
  afterAll(() => fake.close());

  it('finds by reverse search the children a parent no longer lists', async () => {
    const { parent, child } = variant.dropped.find((entry) => entry.property === 'P40')!;
    const url = `${fake.apiUrl}?action=wbgetentities&ids=${parent}&props=claims&format=json&formatversion=2`;
    const served = (await (await fetch(url)).json()) as { entities: Record<string, { claims: Claims }> };
    const listed = (served.entities[parent]?.claims['P40'] ?? []).map((s) => s.mainsnak.datavalue?.value.id);
    expect(listed).not.toContain(child);
    expect(await searchTitles(fake, `haswbstatement:P22=${parent}|P25=${parent}`)).toContain(child);
  });
});
