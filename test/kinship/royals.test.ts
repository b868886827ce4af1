/** The european-royals dataset (real Wikidata facts) through the snapshot file source. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { openFileSource } from '../../src/wikidata/file-source.js';
import { findKinship, type KinshipSearchResult } from '../../src/kinship/find-kinship.js';
import { findPedigree } from '../../src/kinship/find-pedigree.js';
import { isByDescent } from '../../src/kinship/order.js';
import type { ItemId } from '../../src/ids.js';
import type { PersonSource } from '../../src/wikidata/person-source.js';
import { ancestorsWithin, DATASET } from './ancestry-bound.js';
import { Oracle } from './oracle.js';

let source: PersonSource;

beforeAll(async () => {
  source = await openFileSource(DATASET, { languages: ['en', 'fr'] });
});

/** The four numbers, and the oracle's (path formula over the same fetched pedigree) next to them. */
function expectNumbersAgreeWithOracle(result: KinshipSearchResult): void {
  const oracle = new Oracle(result.graph, [result.a, result.b], result.pedigree.generations);
  expect(result.kinship).toBeCloseTo(oracle.kinship(result.a, result.b), 12);
  expect(result.inbreeding.a).toBeCloseTo(oracle.inbreeding(result.a), 12);
  expect(result.inbreeding.b).toBeCloseTo(oracle.inbreeding(result.b), 12);
  expect(result.pathSum).toBeCloseTo(oracle.pathSum(result.a, result.b), 12);
  expect(oracle.weightedPathSum(result.a, result.b)).toBeCloseTo(2 * result.kinship, 12);
}

describe('kinship on the european-royals dataset: the three historical pairs (README)', () => {
  it('Elizabeth II / Prince Philip: second cousins once removed, third cousins, husband; George I once', async () => {
    const result = await findKinship(source, 'Q9682', 'Q80976');
    const descent = result.relationships.filter(isByDescent);
    expect(descent[0]).toMatchObject({
      name: 'second cousin once removed',
      kind: 'blood',
      half: false,
      generationsA: 4,
      generationsB: 3,
      commonAncestors: ['Q151305', 'Q166028'], // Christian IX & Louise of Hesse-Kassel
      lines: 1,
      paths: {
        a: [['Q9682', 'Q280856', 'Q269412', 'Q152260', 'Q151305']],
        b: [['Q80976', 'Q156531', 'Q17142', 'Q151305']],
      },
    });
    expect(descent[1]).toMatchObject({
      name: 'third cousin',
      generationsA: 4,
      generationsB: 4,
      commonAncestors: ['Q152245', 'Q9439'], // Albert & Queen Victoria
      paths: {
        a: [['Q9682', 'Q280856', 'Q269412', 'Q20875', 'Q152245']],
        b: [['Q80976', 'Q116062', 'Q57658', 'Q155566', 'Q152245']],
      },
    });
    // George I & Sophia Dorothea, reached through both of Philip's parents: one relationship, two lines
    const georgeI = descent.filter((r) => r.commonAncestors.join() === 'Q130805,Q231876');
    expect(georgeI.map((r) => [r.name, r.lines, r.paths.b.length])).toEqual([
      ['seventh cousin once removed', 2, 2],
      ['eighth cousin', 2, 2],
    ]);
    expect(result.degrees.map((d) => d.label)).toContain('seventh cousin once removed (2 lines)');
    expect(result.degrees.some((d) => d.label.startsWith('double'))).toBe(false);
    expect(result.relationships.find((r) => r.kind === 'spouse')?.name).toBe('husband');
    expect(result.graph.getNodeAttribute('Q151305', 'label')).toBe('Christian IX of Denmark');
    expect(result).toMatchObject({ pedigree: { generations: 10, people: 98, linePairs: 22, allLines: true } });
    expect(result.pathSum).toBeCloseTo(0.02447, 5);
    expect(result.kinship).toBeCloseTo(0.012236, 6);
    expect(result.inbreeding).toEqual({ a: 0, b: expect.closeTo(0.000996, 6) });
    expect(result.coefficient).toBeCloseTo(0.024459, 6);
    expectNumbersAgreeWithOracle(result);
    expect(result.limitReached).toBe(true);
    expect(result.messages).toContain('only common ancestors within 10 generations were searched');
  });

  it('George V / Nicholas II: first cousins through Christian IX & Louise', async () => {
    const result = await findKinship(source, 'Q269412', 'Q40787');
    expect(result.relationships[0]).toMatchObject({
      name: 'first cousin',
      generationsA: 2,
      generationsB: 2,
      commonAncestors: ['Q151305', 'Q166028'],
      paths: { a: [['Q269412', 'Q152260', 'Q151305']], b: [['Q40787', 'Q153601', 'Q151305']] },
    });
    expect(result.pathSum).toBeCloseTo(0.12508, 5);
    expect(result.kinship).toBeCloseTo(0.062539, 6);
    expect(result.inbreeding).toEqual({ a: 0, b: 0 });
    expect(result.coefficient).toBeCloseTo(0.12508, 5);
    expectNumbersAgreeWithOracle(result);
  });

  it('Wilhelm II / George V: first cousins through Victoria & Albert', async () => {
    const result = await findKinship(source, 'Q2677', 'Q269412');
    expect(result.relationships[0]).toMatchObject({
      name: 'first cousin',
      generationsA: 2,
      generationsB: 2,
      commonAncestors: ['Q152245', 'Q9439'],
      paths: { a: [['Q2677', 'Q116728', 'Q152245']], b: [['Q269412', 'Q20875', 'Q152245']] },
    });
    expect(result.pathSum).toBeCloseTo(0.12515, 5);
    expect(result.inbreeding.a).toBeCloseTo(0.000309, 6);
    expect(result.coefficient).toBeCloseTo(0.125135, 6);
    expectNumbersAgreeWithOracle(result);
  });
});

describe('kinship on the european-royals dataset: the issue cases', () => {
  it('Q240397 and her mother Q230566: path sum 0.680, 2φ 0.720, r 0.638 (both inbred)', async () => {
    const result = await findKinship(source, 'Q240397', 'Q230566');
    expect(result.relationships[0]).toMatchObject({ name: 'mother', generationsA: 1, generationsB: 0 });
    expect(result.pathSum).toBeCloseTo(0.6801, 4);
    expect(2 * result.kinship).toBeCloseTo(0.7196, 4);
    expect(result.coefficient).toBeCloseTo(0.6377, 4);
    expect(result.inbreeding.a).toBeGreaterThan(0.18);
    expectNumbersAgreeWithOracle(result);
  });

  it('Q78636 / Q443417: one relationship per couple and degree; "in 74 ways", never "74-fold"', async () => {
    const result = await findKinship(source, 'Q78636', 'Q443417');
    const descent = result.relationships.filter(isByDescent);
    const keys = descent.map((r) => `${r.commonAncestors.join('&')}|${r.generationsA}|${r.generationsB}|${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(descent.length).toBeLessThan(100);
    expect(result.degrees.map((d) => d.label)).toContain(
      'related as eighth cousins once removed in 74 ways, through 4 ancestor couples',
    );
    expect(result.degrees.flatMap((d) => d.label.match(/\d+-fold/) ?? [])).toEqual([]);
    expect(result.degrees.filter((d) => d.label.startsWith('double ')).length).toBeGreaterThan(0);
    expect(result.pedigree.linePairs).toBe(descent.reduce((n, r) => n + r.lines * r.commonAncestors.length, 0));
  });

  it('Q704310 / Q255400 with closest: the numbers cover the generations searched, and say so', async () => {
    const result = await findKinship(source, 'Q704310', 'Q255400', { closest: true });
    expect(result.relationships.map((r) => r.name)).toEqual(['great-grandmother']);
    expect(result.pedigree.generations).toBe(result.generationsSearched);
    expect(result.pathSum).toBe(0.125);
    expect(result.messages).toContain(
      `closest relationship proven after ${result.generationsSearched} generations: the relationships and the four numbers cover only the ancestors within ${result.generationsSearched} generations of either person`,
    );
    expectNumbersAgreeWithOracle(result);
  });

  it('bounds the list, not the summary or the numbers, at 30 generations', async () => {
    const all = await findKinship(source, 'Q78636', 'Q443417', { maxGenerations: 30, inLawGenerations: 0 });
    const bounded = await findKinship(source, 'Q78636', 'Q443417', {
      maxGenerations: 30,
      inLawGenerations: 0,
      maxRelationships: 5,
    });
    expect(bounded.relationships).toHaveLength(5);
    expect(bounded.relationships).toEqual(all.relationships.slice(0, 5));
    expect(bounded.moreRelationships).toBe(all.relationships.length - 5);
    expect(bounded.degrees).toEqual(all.degrees);
    expect([bounded.pathSum, bounded.kinship, bounded.coefficient]).toEqual([
      all.pathSum,
      all.kinship,
      all.coefficient,
    ]);
    expect(all.pedigree).toMatchObject({ generations: 30, allLines: true });
  });
});

describe('searching the european-royals dataset', () => {
  it('with closest, proves the closest after one more generation and fetches no more', async () => {
    const result = await findKinship(source, 'Q9682', 'Q80976', { closest: true });
    expect(result.relationships.map((r) => r.name)).toEqual(['second cousin once removed', 'husband']);
    expect(result).toMatchObject({ proven: true, limitReached: false, generationsSearched: 5 });
    const bound = await ancestorsWithin(source, ['Q9682', 'Q80976'], 5);
    for (const id of result.graph.nodes()) expect(bound.has(id as ItemId)).toBe(true);
    expect(result.rounds).toBeLessThanOrEqual(6);
  });

  it('by default fetches no more than the two 10-generation ancestries', async () => {
    const result = await findKinship(source, 'Q9682', 'Q80976');
    const bound = await ancestorsWithin(source, ['Q9682', 'Q80976'], 10);
    expect(result.fetched).toBeLessThanOrEqual(bound.size);
    for (const id of result.graph.nodes()) expect(bound.has(id as ItemId)).toBe(true);
    expect(result.rounds).toBeLessThanOrEqual(11);
  });

  it('pedigree collapse of Elizabeth II: George III in two places, F = 0', async () => {
    const report = await findPedigree(source, 'Q9682', { generations: 10 });
    expect(report.rows).toHaveLength(10);
    expect(report.rows[0]).toMatchObject({ generation: 1, possible: 2, known: 2, distinct: 2 });
    expect(report.inbreeding).toBe(0);
    expect(report.repeated.find((r) => r.id === 'Q127318')).toEqual({ id: 'Q127318', places: 2, generations: [5, 6] });
    const louise = await findPedigree(source, 'Q240397', { generations: 10 });
    // F within 10 generations of her alone; the kinship answer's F_A (0.180114) is over the pedigree of
    // both her and her mother, which reaches one generation further on her mother's side
    expect(louise.inbreeding).toBeCloseTo(0.180111, 6);
    expect(louise.rows.at(-1)!.cumulativeImplex).toBeGreaterThan(0.5);
  });
});
