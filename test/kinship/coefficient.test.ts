import { describe, expect, it } from '@jest/globals';
import { makeFamilyGraph } from '../support/family.js';
import { relate } from '../../src/kinship/relate.js';
import { ancestryOf } from '../../src/kinship/ancestors.js';
import { coefficientOfRelationship } from '../../src/kinship/coefficient.js';
import { forEachMeetingPair } from '../../src/kinship/lowest-common-ancestors.js';
import { COUSINS, DOUBLE_COUSINS } from './families.js';

const cousins = makeFamilyGraph(COUSINS);
const r = (a: `Q${number}`, b: `Q${number}`, graph = cousins) => relate(graph, a, b).coefficient;

describe("coefficient of relationship (Wright's path sum)", () => {
  it('gives the textbook values for single relationships', () => {
    expect(r('Q7', 'Q8')).toBe(0.5); // full siblings
    expect(r('Q7', 'Q16')).toBe(0.25); // half-siblings
    expect(r('Q7', 'Q9')).toBe(0.125); // first cousins
    expect(r('Q10', 'Q17')).toBe(0.0625); // half-first cousins
    expect(r('Q7', 'Q3')).toBe(0.5); // parent
    expect(r('Q1', 'Q10')).toBe(0.125); // great-grandparent
    expect(r('Q7', 'Q11')).toBe(0); // spouses
  });

  it('sums several paths: double first cousins 0.25', () => {
    expect(r('Q7', 'Q8', makeFamilyGraph(DOUBLE_COUSINS))).toBe(0.25);
  });

  it('counts pedigree collapse: siblings whose parents are first cousins', () => {
    const graph = makeFamilyGraph({
      ...COUSINS,
      Q30: { sex: 'male', father: 'Q7', mother: 'Q9' },
      Q31: { sex: 'female', father: 'Q7', mother: 'Q9' },
    });
    // 0.5 through the parents + 4 paths of 6 links through Q1 and Q2
    expect(r('Q30', 'Q31', graph)).toBe(0.5 + 4 / 64);
    // the grandparent reached twice: 2 * (1/2)^3
    expect(r('Q30', 'Q1', graph)).toBe(0.25);
    const { pathPairs } = coefficientOfRelationship(ancestryOf(graph, 'Q30', 10), ancestryOf(graph, 'Q31', 10));
    expect(pathPairs).toBe(6);
  });

  it('ignores lines through non-birth links', () => {
    const graph = makeFamilyGraph({ Q1: {}, Q2: { father: 'Q1' }, Q3: { father: 'Q1', fatherKinship: ['Q20746725'] } });
    expect(r('Q2', 'Q3', graph)).toBe(0);
  });
});

describe('forEachMeetingPair', () => {
  it('stops at the cap on pairs compared and says so', () => {
    const graph = makeFamilyGraph(DOUBLE_COUSINS);
    const a = ancestryOf(graph, 'Q7', 10);
    const b = ancestryOf(graph, 'Q8', 10);
    let visited = 0;
    expect(
      forEachMeetingPair(a, b, () => {
        visited += 1;
      }),
    ).toBe(true);
    expect(visited).toBe(4);
    expect(forEachMeetingPair(a, b, () => undefined, 2)).toBe(false);
  });
});
