import { describe, expect, it } from '@jest/globals';
import { makeFamilyGraph } from '../support/family.js';
import { relate } from '../../src/kinship/relate.js';
import { UsageError } from '../../src/errors.js';
import type { ItemId } from '../../src/ids.js';
import type { KinshipResult } from '../../src/kinship/types.js';
import { COUSINS, DOUBLE_COUSINS } from './families.js';

const cousins = makeFamilyGraph(COUSINS);
const byDescent = (result: KinshipResult) =>
  result.relationships.filter((r) => !['spouse', 'in-law', 'step'].includes(r.kind));
const first = (a: string, b: string, graph = cousins) => byDescent(relate(graph, a as ItemId, b as ItemId))[0]!;

describe('relate: relationships by descent', () => {
  it('names full siblings with their parents as the common couple', () => {
    const r = first('Q7', 'Q8');
    expect(r).toMatchObject({
      name: 'sister',
      kind: 'blood',
      half: false,
      generationsA: 1,
      generationsB: 1,
      commonAncestors: ['Q3', 'Q5'],
    });
    expect(r.paths).toEqual({ a: [['Q7', 'Q3']], b: [['Q8', 'Q3']] });
  });

  it('names half-siblings (one shared parent)', () => {
    const result = relate(cousins, 'Q7', 'Q16');
    expect(byDescent(result)).toHaveLength(1);
    expect(byDescent(result)[0]).toMatchObject({ name: 'half-brother', half: true, commonAncestors: ['Q3'] });
  });

  it('names uncle / aunt and nephew / niece both ways round', () => {
    expect(first('Q7', 'Q4')).toMatchObject({
      name: 'aunt',
      generationsA: 2,
      generationsB: 1,
      commonAncestors: ['Q1', 'Q2'],
    });
    expect(first('Q4', 'Q7')).toMatchObject({ name: 'nephew', generationsA: 1, generationsB: 2 });
    expect(first('Q13', 'Q3')).toMatchObject({ name: 'great-uncle', generationsA: 3, generationsB: 1 });
    expect(first('Q3', 'Q13')).toMatchObject({ name: 'grandnephew', generationsA: 1, generationsB: 3 });
  });

  it('names first cousins once removed both ways round', () => {
    const down = first('Q9', 'Q10');
    const up = first('Q10', 'Q9');
    expect(down).toMatchObject({
      name: 'first cousin once removed',
      generationsA: 2,
      generationsB: 3,
      cousin: { degree: 1, removed: 1 },
    });
    expect(up).toMatchObject({ name: 'first cousin once removed', generationsA: 3, generationsB: 2 });
    expect(up.paths).toEqual({ a: [['Q10', 'Q7', 'Q3', 'Q1']], b: [['Q9', 'Q4', 'Q1']] });
  });

  it('names first cousins, and half-first cousins only with evidence', () => {
    expect(first('Q7', 'Q9')).toMatchObject({ name: 'first cousin', half: false, commonAncestors: ['Q1', 'Q2'] });
    // Q16's mother Q15 and Q7's mother Q5 are recorded and differ
    expect(first('Q7', 'Q16')).toMatchObject({ name: 'half-brother', half: true });
    // the evidence is about Q3's children on the lines (Q7, Q16), not about Q17's own mother
    expect(first('Q10', 'Q17')).toMatchObject({ name: 'half-first cousin', half: true, commonAncestors: ['Q3'] });
    // Q16 (Q3's son by Q15) and Q9 (Q4's daughter): first cousins through Q1 & Q2
    expect(first('Q16', 'Q9')).toMatchObject({ name: 'first cousin', half: false, commonAncestors: ['Q1', 'Q2'] });
  });

  it('reports double first cousins as two relationships through two couples, each with one line', () => {
    const graph = makeFamilyGraph(DOUBLE_COUSINS);
    const found = byDescent(relate(graph, 'Q7', 'Q8'));
    expect(found.map((r) => [r.name, r.lines])).toEqual([
      ['first cousin', 1],
      ['first cousin', 1],
    ]);
    expect(found.map((r) => r.commonAncestors)).toEqual([
      ['Q1', 'Q2'],
      ['Q21', 'Q22'],
    ]);
  });

  it('names direct lines (parent, grandchild) and only the lowest ancestors count', () => {
    const result = relate(cousins, 'Q1', 'Q10');
    expect(byDescent(result)).toHaveLength(1);
    expect(byDescent(result)[0]).toMatchObject({
      name: 'great-grandchild',
      generationsA: 0,
      generationsB: 3,
      commonAncestors: ['Q1'],
    });
    expect(first('Q10', 'Q7')).toMatchObject({ name: 'father', generationsA: 1, generationsB: 0 });
  });

  it('uses neutral words for a person of unknown sex', () => {
    expect(first('Q8', 'Q10')).toMatchObject({ name: "sibling's child", neutralName: "sibling's child" });
    expect(first('Q4', 'Q10')).toMatchObject({ name: "sibling's grandchild" });
    expect(first('Q7', 'Q10').name).toBe('child');
  });

  it('marks an adoptive link as adoptive, never as blood', () => {
    const adoptive = ['Q20746725' as ItemId];
    const graph = makeFamilyGraph({
      Q1: { sex: 'male' },
      Q2: { sex: 'female' },
      Q3: { sex: 'female', father: 'Q1', mother: 'Q2' },
      Q4: { sex: 'male', father: 'Q1', mother: 'Q2', fatherKinship: adoptive, motherKinship: adoptive },
      Q5: { sex: 'male', father: 'Q1', mother: 'Q2', motherKinship: adoptive },
    });
    const result = relate(graph, 'Q3', 'Q4');
    expect(result.relationships).toHaveLength(1);
    expect(result.relationships[0]).toMatchObject({ name: 'adoptive brother', kind: 'adoptive', half: false });
    expect(result.relationships[0]!.nonBirthLinks.map((l) => l.parent).sort()).toEqual(['Q1', 'Q2']);
    expect(result.coefficient).toBe(0);
    // Q5: birth father Q1, adoptive mother Q2. By blood they share Q1 alone, and Q5's birth
    // mother is not recorded (not proven half); by adoption they share Q2 too
    const mixed = relate(graph, 'Q3', 'Q5').relationships;
    expect(mixed.map((r) => [r.name, r.kind, r.half])).toEqual([
      ['brother', 'blood', null],
      ['adoptive brother', 'adoptive', false],
    ]);
    const other = makeFamilyGraph({ Q1: {}, Q2: { father: 'Q1' }, Q3: { father: 'Q1', fatherKinship: ['Q999'] } });
    expect(relate(other, 'Q2', 'Q3').relationships[0]).toMatchObject({
      kind: 'non-birth',
      name: 'sibling (through a non-birth link)',
      half: null,
    });
  });
});

describe('relate: spouse and in-laws', () => {
  const names = (a: string, b: string) =>
    relate(cousins, a as ItemId, b as ItemId).relationships.map((r) => `${r.kind}:${r.name}`);

  it('names the spouse in their sex', () => {
    expect(names('Q7', 'Q11')).toEqual(['spouse:wife']);
    expect(names('Q11', 'Q7')).toEqual(['spouse:husband']);
  });

  it("names spouse's sibling, sibling's spouse, spouse's parent and child's spouse", () => {
    const result = relate(cousins, 'Q11', 'Q8');
    expect(result.relationships[0]).toMatchObject({
      kind: 'in-law',
      name: 'sister-in-law',
      neutralName: "spouse's sibling",
      via: 'Q7',
    });
    expect(result.relationships[0]!.paths).toEqual({ a: [['Q11', 'Q7', 'Q3']], b: [['Q8', 'Q3']] });
    expect(relate(cousins, 'Q8', 'Q11').relationships[0]).toMatchObject({
      name: 'sister-in-law',
      neutralName: "sibling's spouse",
      via: 'Q7',
    });
    expect(names('Q11', 'Q3')).toEqual(['in-law:father-in-law']);
    expect(names('Q3', 'Q11')).toEqual(['in-law:daughter-in-law']);
    expect(names('Q7', 'Q14')).toEqual(['in-law:brother-in-law']);
  });

  it('reaches two generations through the marriage by default, and none with inLawGenerations 0', () => {
    expect(names('Q1', 'Q11')).toEqual(['in-law:granddaughter-in-law']);
    expect(names('Q9', 'Q11')).toEqual(['in-law:first cousin-in-law']);
    expect(names('Q11', 'Q4')).toEqual(['in-law:aunt-in-law']);
    expect(relate(cousins, 'Q1', 'Q11', { inLawGenerations: 1 }).relationships).toEqual([]);
    expect(relate(cousins, 'Q11', 'Q8', { inLawGenerations: 0 }).relationships).toEqual([]);
  });

  it('names step-parents and stepchildren, but not a real parent', () => {
    expect(names('Q16', 'Q5')).toEqual(['step:stepmother']);
    expect(names('Q5', 'Q16')).toEqual(['step:stepson']);
    expect(names('Q7', 'Q5')).toEqual(['blood:mother']);
  });
});

describe('relate: errors, limits and bad data', () => {
  it('refuses the same person twice', () => {
    expect(() => relate(cousins, 'Q7', 'Q7')).toThrow(UsageError);
    expect(() => relate(cousins, 'Q7', 'Q7')).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('refuses a person who is not in the graph, and bad options', () => {
    expect(() => relate(cousins, 'Q7', 'Q999')).toThrow(expect.objectContaining({ code: 'MISSING_ENTITY' }));
    expect(() => relate(cousins, 'Q7', 'Q8', { maxGenerations: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('terminates on a cycle in the data and still finds the closest relationship', () => {
    const graph = makeFamilyGraph({
      Q1: { father: 'Q2' },
      Q2: { father: 'Q3' },
      Q3: { father: 'Q1' },
      Q4: { father: 'Q1' },
      Q5: { father: 'Q1' },
    });
    const result = relate(graph, 'Q4', 'Q5', { maxGenerations: 30 });
    expect(byDescent(result).map((r) => [r.name, r.half])).toEqual([['sibling', null]]);
    expect(result.messages).toContain('ancestry cycle in the data: the link Q1 (parent) -> Q3 is left out');
  });

  it('says when the generation limit cuts the search short, never a silent "not related"', () => {
    const result = relate(cousins, 'Q10', 'Q13', { maxGenerations: 2 });
    expect(byDescent(result)).toEqual([]);
    expect(result.limitReached).toBe(true);
    expect(result.messages).toContain('no common ancestor within 2 generations');
    expect(result.shortestPath?.people).toEqual(['Q10', 'Q7', 'Q3', 'Q1', 'Q4', 'Q9', 'Q13']);
    expect(result.shortestPath?.steps.map((s) => s.name)).toEqual([
      'father',
      'father',
      'father',
      'daughter',
      'daughter',
      'son',
    ]);
    expect(relate(cousins, 'Q10', 'Q13').relationships[0]?.name).toBe('second cousin');
  });

  it('names every step of the shortest path when there is no blood relationship', () => {
    const result = relate(cousins, 'Q11', 'Q12');
    expect(result.limitReached).toBe(false);
    expect(result.shortestPath?.steps.map((s) => s.name)).toEqual([
      'husband',
      'father',
      'father',
      'daughter',
      'daughter',
      'husband',
    ]);
    expect(relate(cousins, 'Q11', 'Q12', { maxPathLength: 3 })).toMatchObject({
      shortestPath: null,
      limitReached: true,
    });
  });
});
