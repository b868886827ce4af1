import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { makeFamilyGraph, type PersonSpec } from '../support/family.js';
import { relate } from '../../src/kinship/relate.js';
import { isByDescent } from '../../src/kinship/order.js';
import type { Relationship } from '../../src/kinship/types.js';
import { randomPedigreeWithPair } from './random-pedigree.js';

const withPair = randomPedigreeWithPair({ nonBirth: true });
const shape = (r: Relationship, swap: boolean) => ({
  g: swap ? [r.generationsB, r.generationsA] : [r.generationsA, r.generationsB],
  kind: r.kind,
  cousin: r.cousin,
  half: r.half,
  lines: r.lines,
  ancestors: r.commonAncestors,
});

describe('relate: properties over random pedigrees', () => {
  it('is symmetric: same relationships with Ga and Gb swapped, same φ, r and path sum, F swapped', () => {
    fc.assert(
      fc.property(withPair, ({ specs, a, b }) => {
        const graph = makeFamilyGraph(specs);
        const ab = relate(graph, a, b, { maxGenerations: 14 });
        const ba = relate(graph, b, a, { maxGenerations: 14 });
        const sort = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
        expect(sort(ab.relationships.filter(isByDescent).map((r) => shape(r, false)))).toEqual(
          sort(ba.relationships.filter(isByDescent).map((r) => shape(r, true))),
        );
        expect(ab.kinship).toBeCloseTo(ba.kinship, 12);
        expect(ab.coefficient).toBeCloseTo(ba.coefficient, 12);
        expect(ab.pathSum).toBeCloseTo(ba.pathSum, 12);
        expect(ab.inbreeding).toEqual({ a: ba.inbreeding.b, b: ba.inbreeding.a });
      }),
      { numRuns: 300 },
    );
  });

  it('the path sum counts every line of every blood relationship, once per member of its couple', () => {
    fc.assert(
      fc.property(withPair, ({ specs, a, b }) => {
        const result = relate(makeFamilyGraph(specs), a, b, { maxGenerations: 14 });
        const blood = result.relationships.filter((r) => r.kind === 'blood');
        const sum = blood.reduce(
          (total, r) => total + r.lines * r.commonAncestors.length * 0.5 ** (r.generationsA + r.generationsB),
          0,
        );
        expect(result.pathSum).toBeCloseTo(sum, 12);
        expect(result.degrees.reduce((n, d) => n + d.couples, 0)).toBe(result.relationships.filter(isByDescent).length);
        if (blood.some((r) => r.generationsA === 1 && r.generationsB === 1 && r.commonAncestors.length === 2)) {
          expect(result.kinship).toBeGreaterThanOrEqual(0.25);
          expect(result.coefficient).toBeGreaterThanOrEqual(0.5 - 1e-12);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every path runs from the person to the first common ancestor, at most 8 per side', () => {
    fc.assert(
      fc.property(withPair, ({ specs, a, b }) => {
        const result = relate(makeFamilyGraph(specs), a, b, { maxGenerations: 14 });
        for (const r of result.relationships.filter(isByDescent)) {
          expect(r.paths.a.length).toBeGreaterThan(0);
          expect(r.paths.a.length).toBeLessThanOrEqual(8);
          for (const path of r.paths.a) {
            expect(path[0]).toBe(a);
            expect(path.at(-1)).toBe(r.commonAncestors[0]);
            expect(path).toHaveLength(r.generationsA + 1);
          }
          for (const path of r.paths.b) {
            expect(path[0]).toBe(b);
            expect(path).toHaveLength(r.generationsB + 1);
          }
          if (r.allPaths) expect(r.paths.a.length * r.paths.b.length).toBeGreaterThanOrEqual(r.lines);
          expect(r.half === null).toBe(r.otherParentUnrecorded.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('terminates on arbitrary parent links, cycles included, and says which links it left out', () => {
    const anyLinks = fc.array(
      fc.record({
        father: fc.option(fc.integer({ min: 1, max: 10 })),
        mother: fc.option(fc.integer({ min: 1, max: 10 })),
      }),
      { minLength: 10, maxLength: 10 },
    );
    fc.assert(
      fc.property(anyLinks, fc.integer({ min: 2, max: 10 }), (links, b) => {
        const specs: Record<string, PersonSpec> = {};
        links.forEach((l, i) => {
          const spec: PersonSpec = {};
          if (l.father !== null && l.father !== i + 1) spec.father = `Q${l.father}`;
          if (l.mother !== null && l.mother !== i + 1 && l.mother !== l.father) spec.mother = `Q${l.mother}`;
          specs[`Q${i + 1}`] = spec;
        });
        const result = relate(makeFamilyGraph(specs), 'Q1', `Q${b}`, { maxGenerations: 12 });
        expect(result.kinship).toBeGreaterThanOrEqual(0);
        expect(result.coefficient).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(result.coefficient)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
