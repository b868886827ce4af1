import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { makeFamilyGraph, makePeople, type PersonSpec } from '../support/family.js';
import { createMemorySource } from '../support/memory-source.js';
import { findKinship } from '../../src/kinship/search.js';
import { relate } from '../../src/kinship/relate.js';
import { isByDescent, sameCloseness } from '../../src/kinship/order.js';
import type { ItemId } from '../../src/ids.js';
import type { Relationship } from '../../src/kinship/types.js';

/** Random acyclic pedigrees with a few marriages, and two distinct people in them. */
const family = fc
  .array(
    fc.record({
      male: fc.boolean(),
      father: fc.option(fc.nat(30)),
      mother: fc.option(fc.nat(30)),
      spouse: fc.option(fc.nat(30), { freq: 3 }),
    }),
    { minLength: 2, maxLength: 18 },
  )
  .chain((genes) => {
    const specs: Record<string, PersonSpec> = {};
    genes.forEach((gene, i) => {
      const earlier = genes.slice(0, i).map((g, j) => ({ male: g.male, id: `Q${j + 1}` as ItemId }));
      const males = earlier.filter((e) => e.male);
      const females = earlier.filter((e) => !e.male);
      const spec: PersonSpec = { sex: gene.male ? 'male' : 'female' };
      if (gene.father !== null && males.length > 0) spec.father = males[gene.father % males.length]!.id;
      if (gene.mother !== null && females.length > 0) spec.mother = females[gene.mother % females.length]!.id;
      if (gene.spouse !== null && earlier.length > 0) spec.spouses = [earlier[gene.spouse % earlier.length]!.id];
      specs[`Q${i + 1}`] = spec;
    });
    const n = genes.length;
    return fc
      .tuple(fc.constant(specs), fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n }))
      .filter(([, a, b]) => a !== b)
      .map(([s, a, b]) => ({ specs: s, a: `Q${a}` as ItemId, b: `Q${b}` as ItemId }));
  });

const summary = (r: Relationship) =>
  `${r.kind}|${r.name}|${r.generationsA},${r.generationsB}|${r.commonAncestors.join('&')}|${r.paths.a.join('>')}|${r.paths.b.join('>')}|${r.via ?? ''}`;

describe('findKinship agrees with relate on the whole family', () => {
  it('by default: the same relationships, coefficient and shortest-path length', async () => {
    await fc.assert(
      fc.asyncProperty(family, async ({ specs, a, b }) => {
        const whole = relate(makeFamilyGraph(specs), a, b);
        const searched = await findKinship(createMemorySource(makePeople(specs)), a, b);
        expect(searched.relationships.map(summary)).toEqual(whole.relationships.map(summary));
        expect(searched.coefficient).toBeCloseTo(whole.coefficient, 12);
        expect(searched.shortestPath?.people.length).toBe(whole.shortestPath?.people.length);
      }),
      { numRuns: 300 },
    );
  });

  it('with closest: the closest relationship by descent (and its ties), never a more distant one', async () => {
    await fc.assert(
      fc.asyncProperty(family, async ({ specs, a, b }) => {
        const whole = relate(makeFamilyGraph(specs), a, b).relationships.filter(isByDescent);
        const searched = (
          await findKinship(createMemorySource(makePeople(specs)), a, b, { closest: true })
        ).relationships.filter(isByDescent);
        const best = whole[0];
        if (!best) {
          expect(searched).toEqual([]);
          return;
        }
        expect(searched.map(summary)).toEqual(whole.filter((r) => sameCloseness(r, best)).map(summary));
      }),
      { numRuns: 300 },
    );
  });
});
