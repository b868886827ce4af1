/** The rules of kinship.md on hand-built families: one entry per couple, double, half, names. */
import { describe, expect, it } from '@jest/globals';
import { makeFamilyGraph } from '../support/family.js';
import { relate } from '../../src/kinship/relate.js';
import { isByDescent } from '../../src/kinship/order.js';
import { degreeLabel } from '../../src/kinship/degrees.js';
import type { ItemId } from '../../src/ids.js';
import { COUSINS, DOUBLE_COUSINS, HALF, secondCousinsThrough, THROUGH_BOTH_PARENTS } from './families.js';

const descent = (specs: Parameters<typeof makeFamilyGraph>[0], a: string, b: string) =>
  relate(makeFamilyGraph(specs), a as ItemId, b as ItemId).relationships.filter(isByDescent);

describe('one relationship per ancestor couple and degree', () => {
  it('double first cousins are two relationships through two couples, "double" in the summary only', () => {
    const result = relate(makeFamilyGraph(DOUBLE_COUSINS), 'Q7', 'Q8');
    const found = result.relationships.filter(isByDescent);
    expect(found.map((r) => [r.name, r.commonAncestors, r.lines])).toEqual([
      ['first cousin', ['Q1', 'Q2'], 1],
      ['first cousin', ['Q21', 'Q22'], 1],
    ]);
    expect(result.degrees).toEqual([
      {
        name: 'first cousin',
        kind: 'blood',
        generationsA: 2,
        generationsB: 2,
        couples: 2,
        lines: 2,
        label: 'double first cousin',
      },
    ]);
  });

  it('one couple reached through both parents is one relationship with two lines, not "double"', () => {
    const result = relate(makeFamilyGraph(THROUGH_BOTH_PARENTS), 'Q10', 'Q20');
    const found = result.relationships.filter(isByDescent);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      name: 'first cousin once removed',
      commonAncestors: ['Q1', 'Q2'],
      generationsA: 2,
      generationsB: 3,
      lines: 2,
      half: false,
      allPaths: true,
    });
    expect(found[0]!.paths).toEqual({
      a: [['Q10', 'Q3', 'Q1']],
      b: [
        ['Q20', 'Q11', 'Q4', 'Q1'],
        ['Q20', 'Q12', 'Q5', 'Q1'],
      ],
    });
    expect(result.degrees.map((d) => d.label)).toEqual(['first cousin once removed (2 lines)']);
  });

  it('says triple for three couples and "related as ... in N ways" beyond', () => {
    const three = relate(makeFamilyGraph(secondCousinsThrough(3)), 'Q50', 'Q60');
    expect(three.degrees.map((d) => [d.label, d.couples])).toContainEqual(['triple second cousin', 3]);
    const four = relate(makeFamilyGraph(secondCousinsThrough(4)), 'Q50', 'Q60');
    const second = four.degrees.find((d) => d.name === 'second cousin');
    expect(second).toMatchObject({
      couples: 4,
      lines: 4,
      label: 'related as second cousins in 4 ways, through 4 ancestor couples',
    });
    expect(four.relationships.filter((r) => r.name === 'second cousin')).toHaveLength(4);
  });

  it('labels degrees from the counts', () => {
    expect(degreeLabel('first cousin', 1, 1)).toBe('first cousin');
    expect(degreeLabel('first cousin', 2, 2)).toBe('double first cousin');
    expect(degreeLabel('seventh cousin once removed', 1, 2)).toBe('seventh cousin once removed (2 lines)');
    expect(degreeLabel('first cousin', 3, 5)).toBe('triple first cousin (5 lines)');
    expect(degreeLabel('eighth cousin once removed', 12, 74)).toBe(
      'related as eighth cousins once removed in 74 ways, through 12 ancestor couples',
    );
    expect(degreeLabel('great-aunt', 5, 5, false)).toBe(
      'related as great-aunt in 5 ways, through 5 ancestor couples or single ancestors',
    );
  });
});

describe('half needs evidence', () => {
  it('is true when both other parents are recorded and differ', () => {
    expect(descent(HALF, 'Q4', 'Q5')).toEqual([
      expect.objectContaining({ name: 'half-brother', half: true, commonAncestors: ['Q1'], otherParentUnrecorded: [] }),
    ]);
    expect(descent(HALF, 'Q9', 'Q10')[0]).toMatchObject({ name: 'half-first cousin', half: true });
  });

  it('is null, and never printed, when an other parent is not recorded (no statement)', () => {
    expect(descent(HALF, 'Q4', 'Q6')).toEqual([
      expect.objectContaining({ name: 'brother', half: null, commonAncestors: ['Q1'], otherParentUnrecorded: ['Q6'] }),
    ]);
    expect(descent(HALF, 'Q9', 'Q11')[0]).toMatchObject({
      name: 'first cousin',
      half: null,
      otherParentUnrecorded: ['Q6'],
    });
  });

  it('is null when the other parent is an unknown value', () => {
    expect(descent(HALF, 'Q4', 'Q7')[0]).toMatchObject({ name: 'sister', half: null, otherParentUnrecorded: ['Q7'] });
  });

  it('is false for a couple and for a direct line', () => {
    expect(descent(COUSINS, 'Q7', 'Q8')[0]).toMatchObject({ name: 'sister', half: false });
    expect(descent(COUSINS, 'Q10', 'Q3')[0]).toMatchObject({ name: 'grandfather', half: false });
  });

  it('counts a recorded parent the graph does not hold (not fetched) as recorded', () => {
    const graph = makeFamilyGraph(HALF);
    const recordedParents = (id: ItemId): ItemId[] => (id === 'Q6' ? ['Q1', 'Q999'] : []);
    const [r] = relate(graph, 'Q4', 'Q6', { recordedParents }).relationships;
    expect(r).toMatchObject({ name: 'half-brother', half: true });
  });
});
