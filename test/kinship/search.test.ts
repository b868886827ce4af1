import { describe, expect, it } from '@jest/globals';
import { makePeople } from '../support/family.js';
import { createMemorySource } from '../support/memory-source.js';
import { findKinship } from '../../src/kinship/find-kinship.js';
import type { ItemId } from '../../src/ids.js';
import type { Person } from '../../src/person/types.js';
import { COUSINS } from './families.js';

const byDescent = (names: Array<{ kind: string; name: string }>) =>
  names.filter((r) => !['spouse', 'in-law', 'step'].includes(r.kind));

describe('findKinship over a PersonSource', () => {
  it('expands both ancestries together, one getPeople call per level, fetching no descendants', async () => {
    const source = createMemorySource(makePeople(COUSINS));
    const result = await findKinship(source, 'Q10', 'Q13');
    expect(byDescent(result.relationships)[0]).toMatchObject({
      name: 'second cousin',
      generationsA: 3,
      generationsB: 3,
      commonAncestors: ['Q1', 'Q2'],
    });
    expect(result.relationships[0]!.paths).toEqual({ a: [['Q10', 'Q7', 'Q3', 'Q1']], b: [['Q13', 'Q9', 'Q4', 'Q1']] });
    expect(source.calls.map((ids) => [...ids].sort())).toEqual([
      ['Q10', 'Q13'],
      ['Q11', 'Q12', 'Q7', 'Q9'],
      ['Q3', 'Q4', 'Q5', 'Q6'],
      ['Q1', 'Q2'],
    ]);
    expect(result).toMatchObject({
      fetched: 12,
      requests: 4,
      rounds: 4,
      limitReached: false,
      pathSum: 2 / 64,
      kinship: 1 / 64,
      coefficient: 2 / 64,
    });
  });

  it('accepts Wikidata URLs and names the spouse from the two people alone', async () => {
    const source = createMemorySource(makePeople(COUSINS));
    const result = await findKinship(source, 'https://www.wikidata.org/wiki/Q7', 'http://www.wikidata.org/entity/Q11', {
      closest: true,
    });
    expect(result.relationships.map((r) => r.name)).toEqual(['wife']);
    expect(result.shortestPath?.steps.map((s) => s.name)).toEqual(['wife']);
  });

  it('finds in-laws with the spouses fetched in the first level', async () => {
    const source = createMemorySource(makePeople(COUSINS));
    const result = await findKinship(source, 'Q11', 'Q8', { closest: true });
    expect(result.relationships.map((r) => r.name)).toEqual(['sister-in-law']);
    expect(source.calls[1]).toContain('Q7'); // the spouse, with the parents, in level 1
    // no blood relationship: both ancestries are searched to the end (Q8's has 2 generations),
    // then one round of the shortest-path search (Q10, Q7's child, is on its frontier)
    expect(source.calls).toHaveLength(4);
    expect(result.shortestPath?.steps.map((s) => s.name)).toEqual(['husband', 'father', 'daughter']);
  });

  it('says when the generation bound cuts the search short and falls back to the shortest path', async () => {
    const source = createMemorySource(makePeople(COUSINS));
    const result = await findKinship(source, 'Q10', 'Q13', { maxGenerations: 2 });
    expect(byDescent(result.relationships)).toEqual([]);
    expect(result.limitReached).toBe(true);
    expect(result.messages).toContain('no common ancestor within 2 generations');
    expect(result.shortestPath?.people).toHaveLength(7);
    expect(result.shortestPath?.steps.map((s) => s.name)).toEqual([
      'father',
      'father',
      'father',
      'daughter',
      'daughter',
      'son',
    ]);
  });

  it('bounds the shortest-path fallback by length and by people fetched', async () => {
    const people = makePeople(COUSINS);
    const short = await findKinship(createMemorySource(people), 'Q11', 'Q12', { maxPathLength: 3 });
    expect(short).toMatchObject({ shortestPath: null, limitReached: true });
    expect(short.messages).toContain('no family path within 3 links');
    // the ancestor search fetched both 1-generation pedigrees (no in-laws: they would look 2 up);
    // the path needs Q3 and Q4 too
    const capped = await findKinship(createMemorySource(people), 'Q10', 'Q13', {
      maxGenerations: 1,
      inLawGenerations: 0,
      maxPathPeople: 1,
    });
    expect(capped).toMatchObject({ shortestPath: null, limitReached: true });
    expect(capped.messages).toContain('no family path found before the cap of 1 people to fetch');
    const found = await findKinship(createMemorySource(people), 'Q11', 'Q12');
    expect(found.shortestPath?.steps.map((s) => s.name)).toEqual([
      'husband',
      'father',
      'father',
      'daughter',
      'daughter',
      'husband',
    ]);
    expect(found.limitReached).toBe(false);
  });

  it('says "not connected" only when the data has no path at all', async () => {
    const result = await findKinship(
      createMemorySource(makePeople({ Q1: { father: 'Q3' }, Q2: {}, Q3: {} })),
      'Q1',
      'Q2',
    );
    expect(result).toMatchObject({ shortestPath: null, limitReached: false });
    expect(result.messages).toContain('no chain of family links connects them in this data');
  });

  it('follows merged items (redirects) in parent links', async () => {
    const people = makePeople({ ...COUSINS, Q10: { father: 'Q70' as ItemId, mother: 'Q11' } });
    const result = await findKinship(createMemorySource(people, { redirects: { Q70: 'Q7' } }), 'Q10', 'Q8');
    expect(byDescent(result.relationships)[0]).toMatchObject({ name: 'aunt', commonAncestors: ['Q3', 'Q5'] });
  });

  it('does not hang on a cycle in the data', async () => {
    const people = makePeople({
      Q1: { father: 'Q2' },
      Q2: { father: 'Q3' },
      Q3: { father: 'Q1' },
      Q4: { father: 'Q1' },
      Q5: { father: 'Q1' },
    });
    const result = await findKinship(createMemorySource(people), 'Q4', 'Q5', { maxGenerations: 30 });
    expect(byDescent(result.relationships).map((r) => r.name)).toEqual(['sibling']);
  });
});

describe('findKinship: bad input', () => {
  const people = makePeople({ ...COUSINS });
  const thing: Person = {
    ...people.get('Q1')!,
    id: 'Q500',
    human: false,
    children: { links: [], unknownValues: 0, noValue: false, deprecated: 0 },
    spouses: { links: [], unknownValues: 0, noValue: false, deprecated: 0 },
  };
  people.set('Q500', thing);

  it.each([
    ['Q7', 'Q7', 'INVALID_OPTION'],
    ['Q7', 'P31', 'INVALID_ID'],
    ['Q7', 'Q999', 'MISSING_ENTITY'],
    ['Q500', 'Q7', 'NOT_A_PERSON'],
    ['Q7', 'Q77', 'INVALID_OPTION'], // Q77 is a redirect to Q7: the same person twice
  ])('%s / %s -> %s', async (a, b, code) => {
    const source = createMemorySource(people, { redirects: { Q77: 'Q7' } });
    await expect(findKinship(source, a, b)).rejects.toMatchObject({
      name: expect.stringMatching(/UsageError|InvalidIdError/),
      code,
    });
  });

  it('refuses the same person twice before fetching anything', async () => {
    const source = createMemorySource(people);
    await expect(findKinship(source, 'Q7', 'https://www.wikidata.org/wiki/Q7')).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    expect(source.calls).toEqual([]);
  });

  it('fails with FETCH_FAILED when a person cannot be fetched', async () => {
    await expect(findKinship(createMemorySource(people, { failing: ['Q8'] }), 'Q7', 'Q8')).rejects.toMatchObject({
      code: 'FETCH_FAILED',
    });
  });

  it('reports ancestors that could not be fetched instead of hiding them', async () => {
    const result = await findKinship(createMemorySource(people, { failing: ['Q4'] }), 'Q7', 'Q9');
    expect(result.failed).toEqual(['Q4']);
    expect(result.messages.join(' ')).toMatch(/could not be fetched/);
  });
});
