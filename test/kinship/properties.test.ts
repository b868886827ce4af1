import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { makeFamilyGraph, type PersonSpec } from '../support/family.js';
import { relate } from '../../src/kinship/relate.js';
import type { ItemId } from '../../src/ids.js';
import type { Relationship } from '../../src/kinship/types.js';

type Gene = { male: boolean; father: number | null; mother: number | null };

/** A random acyclic pedigree: each person's parents are earlier people of the right sex. */
const pedigree = fc
  .array(fc.record({ male: fc.boolean(), father: fc.option(fc.nat(20)), mother: fc.option(fc.nat(20)) }), {
    minLength: 2,
    maxLength: 14,
  })
  .map((genes: Gene[]) => {
    const specs: Record<string, PersonSpec> = {};
    genes.forEach((gene, i) => {
      const earlier = genes.slice(0, i).map((g, j) => ({ g, id: `Q${j + 1}` as ItemId }));
      const males = earlier.filter((e) => e.g.male);
      const females = earlier.filter((e) => !e.g.male);
      const spec: PersonSpec = { sex: gene.male ? 'male' : 'female' };
      if (gene.father !== null && males.length > 0) spec.father = males[gene.father % males.length]!.id;
      if (gene.mother !== null && females.length > 0) spec.mother = females[gene.mother % females.length]!.id;
      specs[`Q${i + 1}`] = spec;
    });
    return specs;
  });

const withPair = pedigree.chain((specs) => {
  const n = Object.keys(specs).length;
  return fc
    .tuple(fc.constant(specs), fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n }))
    .filter(([, a, b]) => a !== b)
    .map(([s, a, b]) => ({ specs: s, a: `Q${a}` as ItemId, b: `Q${b}` as ItemId }));
});

const descent = (list: Relationship[]) => list.filter((r) => r.kind === 'blood');
const shape = (r: Relationship, swap: boolean) => ({
  g: swap ? [r.generationsB, r.generationsA] : [r.generationsA, r.generationsB],
  cousin: r.cousin,
  half: r.half,
  ancestors: [...r.commonAncestors].sort(),
});

describe('relate: properties over random pedigrees', () => {
  it('is symmetric: same relationships with Ga and Gb swapped, same cousin degree, same r', () => {
    fc.assert(
      fc.property(withPair, ({ specs, a, b }) => {
        const graph = makeFamilyGraph(specs);
        const ab = relate(graph, a, b, { maxGenerations: 14 });
        const ba = relate(graph, b, a, { maxGenerations: 14 });
        const sort = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
        expect(sort(descent(ab.relationships).map((r) => shape(r, false)))).toEqual(
          sort(descent(ba.relationships).map((r) => shape(r, true))),
        );
        expect(ab.coefficient).toBeCloseTo(ba.coefficient, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('r is at least the sum over the named relationships, and full siblings have r >= 0.5', () => {
    fc.assert(
      fc.property(withPair, ({ specs, a, b }) => {
        const result = relate(makeFamilyGraph(specs), a, b, { maxGenerations: 14 });
        const named = descent(result.relationships).reduce(
          (sum, r) => sum + r.commonAncestors.length * 0.5 ** (r.generationsA + r.generationsB),
          0,
        );
        expect(result.coefficient).toBeGreaterThanOrEqual(named - 1e-12);
        if (descent(result.relationships).some((r) => r.generationsA === 1 && r.generationsB === 1 && !r.half)) {
          expect(result.coefficient).toBeGreaterThanOrEqual(0.5);
        }
        for (const r of descent(result.relationships)) {
          expect(r.paths.a[0]).toBe(a);
          expect(r.paths.b[0]).toBe(b);
          expect(r.paths.a.at(-1)).toBe(r.commonAncestors[0]);
          expect(r.paths.a).toHaveLength(r.generationsA + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('terminates on arbitrary parent links, cycles included', () => {
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
        expect(result.coefficient).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
