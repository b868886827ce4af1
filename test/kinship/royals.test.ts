/** The european-royals dataset (real Wikidata facts) through the snapshot file source. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { openFileSource } from '../../src/wikidata/file-source.js';
import { findKinship } from '../../src/kinship/search.js';
import { isByDescent } from '../../src/kinship/order.js';
import type { ItemId } from '../../src/ids.js';
import type { PersonSource } from '../../src/wikidata/person-source.js';
import { ancestorsWithin, DATASET } from './ancestry-bound.js';

let source: PersonSource;

beforeAll(async () => {
  source = await openFileSource(DATASET, { languages: ['en', 'fr'] });
});

describe('kinship on the european-royals dataset', () => {
  it('Elizabeth II / Prince Philip: second cousins once removed, third cousins, and husband', async () => {
    const result = await findKinship(source, 'Q9682', 'Q80976');
    const [closest, next] = result.relationships.filter(isByDescent);
    expect(closest).toMatchObject({
      name: 'second cousin once removed',
      kind: 'blood',
      half: false,
      generationsA: 4,
      generationsB: 3,
      commonAncestors: ['Q151305', 'Q166028'], // Christian IX & Louise of Hesse-Kassel
      paths: {
        a: ['Q9682', 'Q280856', 'Q269412', 'Q152260', 'Q151305'],
        b: ['Q80976', 'Q156531', 'Q17142', 'Q151305'],
      },
    });
    expect(next).toMatchObject({
      name: 'third cousin',
      generationsA: 4,
      generationsB: 4,
      commonAncestors: ['Q152245', 'Q9439'], // Albert & Queen Victoria
      paths: {
        a: ['Q9682', 'Q280856', 'Q269412', 'Q20875', 'Q152245'],
        b: ['Q80976', 'Q116062', 'Q57658', 'Q155566', 'Q152245'],
      },
    });
    expect(result.relationships.find((r) => r.kind === 'spouse')?.name).toBe('husband');
    expect(result.graph.getNodeAttribute('Q151305', 'label')).toBe('Christian IX of Denmark');
    // r exceeds the two closest relationships' share: more distant routes add up
    expect(result.coefficient).toBeGreaterThan(2 / 128 + 2 / 256);
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
      paths: { a: ['Q269412', 'Q152260', 'Q151305'], b: ['Q40787', 'Q153601', 'Q151305'] },
    });
  });

  it('Wilhelm II / George V: first cousins through Victoria & Albert', async () => {
    const result = await findKinship(source, 'Q2677', 'Q269412');
    expect(result.relationships[0]).toMatchObject({
      name: 'first cousin',
      generationsA: 2,
      generationsB: 2,
      commonAncestors: ['Q152245', 'Q9439'],
      paths: { a: ['Q2677', 'Q116728', 'Q152245'], b: ['Q269412', 'Q20875', 'Q152245'] },
    });
  });

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
});
