/**
 * Kinship on the one-sided royals (links stated on one side only), through the fake Wikibase
 * over HTTP from a cold store, with default options: every relationship the full data gives, on
 * the pairs the kinship tests use and on 20 random related pairs; the pedigree too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findKinship } from '../../src/kinship/find-kinship.js';
import { findPedigree } from '../../src/kinship/find-pedigree.js';
import { compareItemIds, type ItemId } from '../../src/ids.js';
import { mulberry32 } from '../../src/random.js';
import type { KinshipResult } from '../../src/kinship/types.js';
import { openFileSource } from '../../src/wikidata/file-source.js';
import { createLiveSource } from '../../src/wikidata/live-source.js';
import type { PersonSource } from '../../src/wikidata/person-source.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { oneSidedRoyals } from '../support/one-sided.js';
import { readRoyalsTable } from '../support/royals.js';
import { DATASET } from './ancestry-bound.js';

/** What must agree: each relationship (name, couple, generations, lines), and the four numbers. */
function answer(result: KinshipResult) {
  return {
    relationships: result.relationships.map((r) => ({
      name: r.name,
      kind: r.kind,
      commonAncestors: r.commonAncestors,
      generations: [r.generationsA, r.generationsB],
      lines: r.lines,
      half: r.half,
    })),
    numbers: [result.pathSum, result.kinship, result.inbreeding.a, result.inbreeding.b, result.coefficient],
  };
}

/** 20 pairs related by descent within a few generations, drawn with a seed from the royals table. */
function randomRelatedPairs(count: number, seed: number): Array<[ItemId, ItemId]> {
  const table = readRoyalsTable();
  const parents = (id: string) => [...(table.get(id)?.fathers ?? []), ...(table.get(id)?.mothers ?? [])];
  const ancestors = (id: string, depth: number) => {
    const found = new Set<string>();
    let level = [id];
    for (let g = 0; g < depth; g += 1) {
      level = level.flatMap(parents).filter((p) => !found.has(p));
      for (const p of level) found.add(p);
    }
    return found;
  };
  const people = [...table.keys()].filter((id) => parents(id).length > 0).sort();
  const random = mulberry32(seed);
  const pairs: Array<[ItemId, ItemId]> = [];
  while (pairs.length < count) {
    const a = people[Math.floor(random() * people.length)]!;
    const b = people[Math.floor(random() * people.length)]!;
    if (a === b) continue;
    const mine = ancestors(a, 4);
    if (mine.has(b) || ancestors(b, 4).has(a) || ![...ancestors(b, 4)].some((x) => mine.has(x))) continue;
    pairs.push([a as ItemId, b as ItemId]);
  }
  return pairs;
}

describe('kinship when links are stated on one side only', () => {
  let server: FakeWikibase;
  let full: PersonSource;
  beforeAll(async () => {
    server = await startFakeWikibase({ dataset: (await oneSidedRoyals({ seed: 9 })).entities });
    full = await openFileSource(DATASET, { languages: ['en', 'fr'] });
  });
  afterAll(async () => server.close());

  const live = () =>
    createLiveSource({
      endpoint: server.apiUrl,
      languages: ['en', 'fr'],
      concurrency: 3,
      contact: 'tests@example.org',
    });

  const known: Array<[ItemId, ItemId]> = [
    ['Q9682', 'Q80976'],
    ['Q269412', 'Q40787'],
    ['Q2677', 'Q269412'],
    ['Q240397', 'Q230566'],
    ['Q704310', 'Q255400'],
  ];

  it.each(known)('%s / %s: the same answer as the full data', async (a, b) => {
    const expected = answer(await findKinship(full, a, b, { maxGenerations: 8 }));
    expect(expected.relationships.length).toBeGreaterThan(0);
    expect(answer(await findKinship(live(), a, b, { maxGenerations: 8 }))).toEqual(expected);
  });

  it('20 random related pairs: every relationship the full data gives', async () => {
    const source = live();
    for (const [a, b] of randomRelatedPairs(20, 4)) {
      const expected = answer(await findKinship(full, a, b, { maxGenerations: 6 }));
      const got = answer(await findKinship(source, a, b, { maxGenerations: 6 }));
      expect({ pair: [a, b].sort(compareItemIds), ...got }).toEqual({ pair: [a, b].sort(compareItemIds), ...expected });
    }
  }, 180_000);

  it('without reverse lookups the same pairs do miss relationships (the variant really is one-sided)', async () => {
    let differ = 0;
    for (const [a, b] of known) {
      const expected = answer(await findKinship(full, a, b, { maxGenerations: 8 }));
      const blind = answer(await findKinship(live(), a, b, { maxGenerations: 8, reverse: false }));
      if (JSON.stringify(blind) !== JSON.stringify(expected)) differ += 1;
    }
    expect(differ).toBeGreaterThan(0);
  });

  it('the pedigree of Elizabeth II is the full one', async () => {
    const expected = await findPedigree(full, 'Q9682', { generations: 8 });
    const got = await findPedigree(live(), 'Q9682', { generations: 8 });
    expect(got.rows).toEqual(expected.rows);
    expect(got.ancestors).toBe(expected.ancestors);
    expect(got.inbreeding).toBe(expected.inbreeding);
    expect(got.repeated).toEqual(expected.repeated);
  });
});
