/** The four numbers on hand-built families, with the textbook values. */
import { describe, expect, it } from '@jest/globals';
import { makeFamilyGraph } from '../support/family.js';
import { relate } from '../../src/kinship/relate.js';
import { KinshipCoefficients, standardised } from '../../src/kinship/coefficients.js';
import { truncatedPedigree } from '../../src/kinship/pedigree.js';
import type { ItemId } from '../../src/ids.js';
import { CHILD_OF_SIBLINGS, COUSINS, DOUBLE_COUSINS, THROUGH_BOTH_PARENTS } from './families.js';

const cousins = makeFamilyGraph(COUSINS);
const numbers = (a: string, b: string, graph = cousins) => {
  const { pathSum, kinship, inbreeding, coefficient } = relate(graph, a as ItemId, b as ItemId);
  return { pathSum, kinship, inbreeding, coefficient };
};

describe('kinship coefficient φ, inbreeding F, Wright r, path sum', () => {
  it('gives the textbook values for single relationships', () => {
    expect(numbers('Q7', 'Q8')).toEqual({ pathSum: 0.5, kinship: 0.25, inbreeding: { a: 0, b: 0 }, coefficient: 0.5 });
    expect(numbers('Q7', 'Q16')).toMatchObject({ kinship: 0.125, coefficient: 0.25 }); // half-siblings
    expect(numbers('Q7', 'Q9')).toMatchObject({ pathSum: 0.125, kinship: 1 / 16, coefficient: 0.125 }); // first cousins
    expect(numbers('Q10', 'Q17')).toMatchObject({ kinship: 1 / 32, coefficient: 1 / 16 }); // half-first cousins
    expect(numbers('Q7', 'Q3')).toMatchObject({ kinship: 0.25, coefficient: 0.5 }); // parent
    expect(numbers('Q1', 'Q10')).toMatchObject({ kinship: 1 / 16, coefficient: 0.125 }); // great-grandparent
    expect(numbers('Q7', 'Q11')).toEqual({ pathSum: 0, kinship: 0, inbreeding: { a: 0, b: 0 }, coefficient: 0 });
  });

  it('double first cousins: two couples, φ = 1/8, r = path sum = 1/4', () => {
    expect(numbers('Q7', 'Q8', makeFamilyGraph(DOUBLE_COUSINS))).toEqual({
      pathSum: 0.25,
      kinship: 0.125,
      inbreeding: { a: 0, b: 0 },
      coefficient: 0.25,
    });
  });

  it('the child of full siblings has F = 1/4, and φ(X, X) = (1 + F) / 2', () => {
    const graph = makeFamilyGraph(CHILD_OF_SIBLINGS);
    const coefficients = new KinshipCoefficients(truncatedPedigree(graph, ['Q5', 'Q6'], 10));
    expect(coefficients.inbreeding('Q5')).toBe(0.25);
    expect(coefficients.kinship('Q5', 'Q5')).toBe((1 + 0.25) / 2);
    expect(coefficients.kinship('Q3', 'Q3')).toBe(0.5);
    // two children of full siblings: φ = 3/8; the path sum counts 6 pairs of lines (0.75 = 2φ,
    // no common ancestor is inbred) but both are, so r = 0.75 / (1 + 1/4) = 0.6
    expect(numbers('Q5', 'Q6', graph)).toEqual({
      pathSum: 0.75,
      kinship: 0.375,
      inbreeding: { a: 0.25, b: 0.25 },
      coefficient: 0.6,
    });
  });

  it('an inbred person related through both parents: r is standardised by √(1 + F)', () => {
    const result = numbers('Q10', 'Q20', makeFamilyGraph(THROUGH_BOTH_PARENTS));
    expect(result).toMatchObject({ pathSum: 0.125, kinship: 1 / 16, inbreeding: { a: 0, b: 1 / 16 } });
    expect(result.coefficient).toBeCloseTo(0.125 / Math.sqrt(1 + 1 / 16), 15);
    expect(standardised(0.25, 0, 0)).toBe(0.5);
  });

  it('an inbred common ancestor adds (1 + F_C): r exceeds the path sum', () => {
    // Q5 (child of full siblings) has two children by an unrelated mother: full siblings whose
    // common parent Q5 is inbred
    const graph = makeFamilyGraph({
      ...CHILD_OF_SIBLINGS,
      Q7: { sex: 'female' },
      Q8: { sex: 'male', father: 'Q6', mother: 'Q7' },
      Q9: { sex: 'female', father: 'Q6', mother: 'Q7' },
    });
    const result = numbers('Q8', 'Q9', graph);
    expect(result.pathSum).toBe(0.5);
    expect(result.kinship).toBe((0.25 * (1 + 0.25) + 0.25) / 2);
    expect(result.coefficient).toBeGreaterThan(result.pathSum);
    expect(result.coefficient).toBe(2 * result.kinship);
  });

  it('ignores non-birth links in φ, F and the path sum', () => {
    const graph = makeFamilyGraph({ Q1: {}, Q2: { father: 'Q1' }, Q3: { father: 'Q1', fatherKinship: ['Q20746725'] } });
    expect(numbers('Q2', 'Q3', graph)).toEqual({ pathSum: 0, kinship: 0, inbreeding: { a: 0, b: 0 }, coefficient: 0 });
  });

  it('uses one father and one mother when more are recorded, and says which it left out', () => {
    const graph = makeFamilyGraph({
      Q1: { sex: 'male' },
      Q2: { sex: 'male' },
      Q3: { sex: 'female' },
      Q4: { sex: 'male', father: 'Q1', mother: 'Q3' },
      Q5: { sex: 'male', father: 'Q1', mother: 'Q3' },
    });
    graph.addDirectedEdgeWithKey('Q2>Q5', 'Q2', 'Q5', {
      ...graph.getEdgeAttributes('Q1>Q5'),
      statementIds: ['Q5$P22-Q2'],
    });
    const result = relate(graph, 'Q4', 'Q5');
    expect(result.kinship).toBe(0.25);
    expect(result.messages).toContain(
      'Q5 has more than one birth father or mother recorded: the coefficients leave out Q2',
    );
  });

  it('a cap on the lines enumerated makes names and path sum lower bounds, never φ, F or r', () => {
    const graph = makeFamilyGraph(DOUBLE_COUSINS);
    const capped = relate(graph, 'Q7', 'Q8', { lineLimits: { maxClassPairs: 1 } });
    expect(capped).toMatchObject({ kinship: 0.125, coefficient: 0.25, limitReached: true });
    expect(capped.pathSum).toBeLessThan(0.25);
    expect(capped.pedigree.allLines).toBe(false);
    expect(capped.messages).toContain(
      'too many lines of descent to enumerate them all: the relationships, their lines and the path sum are lower bounds (φ, F and r are exact)',
    );
    const fewLines = relate(graph, 'Q7', 'Q8', { lineLimits: { maxLines: 2 } });
    expect(fewLines).toMatchObject({ kinship: 0.125, limitReached: true, pedigree: { allLines: false } });
  });
});
