import { describe, expect, it } from '@jest/globals';
import { makePeople } from '../support/family.js';
import { createMemorySource } from '../support/memory-source.js';
import { findKinship } from '../../src/kinship/find-kinship.js';
import { kinshipJson, renderKinshipText } from '../../src/cli/render-kinship.js';
import { COUSINS, DOUBLE_COUSINS, THROUGH_BOTH_PARENTS } from './families.js';

const extras = { outputs: [], seconds: 0.1 };
const text = async (specs: typeof COUSINS, a: string, b: string) =>
  renderKinshipText(await findKinship(createMemorySource(makePeople(specs)), a, b), extras);

describe('renderKinshipText', () => {
  it('names an in-law with the route and the spouse it goes through', async () => {
    const lines = await text(COUSINS, 'Q11', 'Q8');
    expect(lines.slice(0, 5)).toEqual([
      "Person Q8 (Q8) is Person Q11 (Q11)'s",
      "  sister-in-law (spouse's sibling, through Person Q7 (Q7))",
      '    common ancestors: Person Q3 (Q3) & Person Q5 (Q5), 1 generation up from Person Q7, 1 from Person Q8',
      '    Person Q11 > Person Q7 > Person Q3',
      '    Person Q8 > Person Q3',
    ]);
    expect(lines).toContain(
      'Shortest family path (3 links): Person Q11 -husband-> Person Q7 -father-> Person Q3 -daughter-> Person Q8',
    );
  });

  it('says "double" once, in the degree heading, with each couple under it', async () => {
    const lines = await text(DOUBLE_COUSINS, 'Q7', 'Q8');
    expect(lines.slice(0, 8)).toEqual([
      "Person Q8 (Q8) is Person Q7 (Q7)'s",
      '  double first cousin',
      '    common ancestors: Person Q1 (Q1) & Person Q2 (Q2), 2 generations up from Person Q7, 2 from Person Q8',
      '    Person Q7 > Person Q3 > Person Q1',
      '    Person Q8 > Person Q4 > Person Q1',
      '    common ancestors: Person Q21 (Q21) & Person Q22 (Q22), 2 generations up from Person Q7, 2 from Person Q8',
      '    Person Q7 > Person Q5 > Person Q21',
      '    Person Q8 > Person Q6 > Person Q21',
    ]);
    expect(lines).toContain('Path sum Σ(1/2)^(Ga+Gb): 0.25 (4 pairs of lines)');
    expect(lines).toContain('Kinship coefficient φ: 0.125');
    expect(lines).toContain('Coefficient of relationship r (Wright): 0.25 (25%)');
  });

  it('shows one couple reached by two lines once, with both lines', async () => {
    const lines = await text(THROUGH_BOTH_PARENTS, 'Q10', 'Q20');
    expect(lines.slice(1, 6)).toEqual([
      '  first cousin once removed (2 lines)',
      '    common ancestors: Person Q1 (Q1) & Person Q2 (Q2), 2 generations up from Person Q10, 3 from Person Q20',
      '    Person Q10 > Person Q3 > Person Q1',
      '    Person Q20 > Person Q11 > Person Q4 > Person Q1',
      '    Person Q20 > Person Q12 > Person Q5 > Person Q1',
    ]);
    expect(lines).toContain('Inbreeding coefficient F: Person Q10 0, Person Q20 0.0625');
  });

  it('shows a direct line with its one path', async () => {
    const lineal = await text(COUSINS, 'Q10', 'Q1');
    expect(lineal.slice(1, 4)).toEqual([
      '  great-grandfather',
      '    common ancestor: Person Q1 (Q1), 3 generations up from Person Q10',
      '    Person Q10 > Person Q7 > Person Q3 > Person Q1',
    ]);
  });

  it('says why there is no answer instead of a silent "not related"', async () => {
    const result = await findKinship(createMemorySource(makePeople(COUSINS)), 'Q10', 'Q13', {
      maxGenerations: 2,
      maxPathLength: 3,
    });
    const lines = renderKinshipText(result, extras);
    expect(lines).toContain('Note: no common ancestor within 2 generations');
    expect(lines).toContain('Note: no family path within 3 links');
    expect(kinshipJson(result, extras)).toMatchObject({
      limitReached: true,
      relationships: [],
      degrees: [],
      shortestPath: null,
      pathSum: 0,
      kinship: 0,
      coefficient: 0,
    });
  });
});
