import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeGenerations } from '../../src/graph/generations.js';
import { familyUnits } from '../../src/graph/families.js';
import { generationalLayout } from '../../src/graph/layout.js';
import { forceAtlas2Layout } from '../../src/graph/forceatlas2.js';
import { placeInOrder } from '../../src/graph/isotonic.js';
import { countDescendants } from '../../src/graph/descendants.js';
import { syntheticFamilyGraph } from '../../src/graph/synthetic.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import type { ItemId } from '../../src/ids.js';
import { makeFamilyGraph } from '../support/family.js';

function layout(graph: FamilyGraph) {
  return generationalLayout(graph, computeGenerations(graph), familyUnits(graph));
}

/** Crossings between union-to-child lines (a couple's children hang from the middle of the couple). */
function crossings(graph: FamilyGraph, at: ReadonlyMap<string, { x: number; y: number }>): number {
  const lines: Array<[number, number, number]> = [];
  for (const unit of familyUnits(graph)) {
    const from = unit.parents.reduce((sum, p) => sum + at.get(p)!.x, 0) / unit.parents.length;
    for (const c of unit.children) lines.push([at.get(unit.parents[0]!)!.y, from, at.get(c)!.x]);
  }
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i]!, lines[j]!];
      if (a[0] === b[0] && (a[1] - b[1]) * (a[2] - b[2]) < 0) count++;
    }
  }
  return count;
}

describe('generationalLayout', () => {
  const family = makeFamilyGraph(
    {
      Q1: { sex: 'male', spouses: ['Q2'] },
      Q2: { sex: 'female' },
      Q3: { father: 'Q1', mother: 'Q2', sex: 'male', born: 1900, spouses: ['Q10'] },
      Q4: { father: 'Q1', mother: 'Q2', sex: 'female', born: 1902, spouses: ['Q11'] },
      Q5: { father: 'Q1', mother: 'Q2', born: 1905 },
      Q10: { sex: 'female' },
      Q11: { sex: 'male' },
      Q20: { father: 'Q11', mother: 'Q4', born: 1930 },
      Q21: { father: 'Q11', mother: 'Q4', born: 1925 },
      Q22: { father: 'Q3', mother: 'Q10', born: 1928 },
      Q23: { father: 'Q3', mother: 'Q10', born: 1926 },
    },
    ['Q1' as ItemId],
  );

  it('puts generations in rows, ancestors on top', () => {
    const at = layout(family);
    expect(at.get('Q1')!.y).toBe(at.get('Q2')!.y);
    expect(at.get('Q1')!.y).toBeGreaterThan(at.get('Q3')!.y);
    expect(at.get('Q3')!.y).toBeGreaterThan(at.get('Q20')!.y);
  });

  it('keeps couples side by side, siblings together in birth order, and draws this tree without crossings', () => {
    const at = layout(family);
    const row = (y: number) =>
      [...at]
        .filter(([, p]) => p.y === y)
        .sort((a, b) => a[1].x - b[1].x)
        .map(([k]) => k);
    const parents = row(at.get('Q3')!.y);
    for (const [a, b] of [
      ['Q3', 'Q10'],
      ['Q4', 'Q11'],
    ])
      expect(Math.abs(parents.indexOf(a!) - parents.indexOf(b!))).toBe(1);
    const kids = row(at.get('Q20')!.y);
    expect(kids.indexOf('Q20') - kids.indexOf('Q21')).toBe(1);
    expect(kids.indexOf('Q22') - kids.indexOf('Q23')).toBe(1);
    const siblings = parents.filter((k) => ['Q3', 'Q4', 'Q5'].includes(k));
    expect(siblings).toEqual(['Q3', 'Q4', 'Q5']);
    expect(crossings(family, at)).toBe(0);
  });

  it('lays out 20,000 synthetic people: everyone placed, no two people on one spot (its speed: bench/export)', () => {
    const graph = syntheticFamilyGraph({ people: 20_000, founders: 50 });
    const at = layout(graph);
    expect(at.size).toBe(graph.order);
    expect(new Set([...at.values()].map((p) => `${p.x},${p.y}`)).size).toBe(graph.order);
  });

  it('forceatlas2 starts from the given positions and returns finite ones for everyone', () => {
    const at = forceAtlas2Layout(family, layout(family), { iterations: 50 });
    expect(at.size).toBe(family.order);
    for (const p of at.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

describe('placeInOrder', () => {
  it('keeps the order and the gaps, and is exact when nothing collides', () => {
    expect(placeInOrder([0, 10, 20], [1, 1, 1], [1, 1])).toEqual([0, 10, 20]);
    expect(placeInOrder([5, 5, 5], [1, 1, 1], [1, 1])).toEqual([4, 5, 6]);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -1e3, max: 1e3, noNaN: true }),
            fc.double({ min: 0.01, max: 10, noNaN: true }),
            fc.double({ min: 0, max: 5, noNaN: true }),
          ),
          { maxLength: 50 },
        ),
        (items) => {
          const x = placeInOrder(
            items.map((i) => i[0]),
            items.map((i) => i[1]),
            items.map((i) => i[2]),
          );
          for (let i = 1; i < x.length; i++) expect(x[i]! - x[i - 1]!).toBeGreaterThanOrEqual(items[i - 1]![2] - 1e-6);
        },
      ),
    );
  });
});

describe('countDescendants', () => {
  it('counts each descendant once despite pedigree collapse, and the tree sum past the budget', () => {
    const graph = makeFamilyGraph({
      Q1: { sex: 'male' },
      Q2: { father: 'Q1', sex: 'male' },
      Q3: { father: 'Q1', sex: 'female' },
      Q4: { father: 'Q2', mother: 'Q3' },
    });
    expect(countDescendants(graph).get('Q1')).toBe(3);
    expect(countDescendants(graph, 0).get('Q1')).toBe(4);
  });
});
