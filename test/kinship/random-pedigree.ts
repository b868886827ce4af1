/** Random acyclic pedigrees for property tests: each person's parents are earlier people. */
import fc from 'fast-check';
import type { PersonSpec } from '../support/family.js';
import type { ItemId } from '../../src/ids.js';

type Gene = {
  male: boolean;
  father: number | null;
  mother: number | null;
  adoptive: boolean;
  spouse: number | null;
};

/** Up to `size` people; with `nonBirth`, some mother links are adoptive or another P1039 type. */
export function randomPedigree(options: { nonBirth?: boolean; spouses?: boolean; size?: number } = {}) {
  return fc
    .array(
      fc.record({
        male: fc.boolean(),
        father: fc.option(fc.nat(30)),
        mother: fc.option(fc.nat(30)),
        adoptive: fc.boolean(),
        spouse: fc.option(fc.nat(30), { freq: 3 }),
      }),
      { minLength: 2, maxLength: options.size ?? 14 },
    )
    .map((genes: Gene[]) => {
      const specs: Record<string, PersonSpec> = {};
      genes.forEach((gene, i) => {
        const earlier = genes.slice(0, i).map((g, j) => ({ male: g.male, id: `Q${j + 1}` as ItemId }));
        const males = earlier.filter((e) => e.male);
        const females = earlier.filter((e) => !e.male);
        const spec: PersonSpec = { sex: gene.male ? 'male' : 'female' };
        if (gene.father !== null && males.length > 0) spec.father = males[gene.father % males.length]!.id;
        if (gene.mother !== null && females.length > 0) {
          spec.mother = females[gene.mother % females.length]!.id;
          if (options.nonBirth && gene.adoptive) spec.motherKinship = [i % 2 === 0 ? 'Q20746725' : 'Q999'];
        }
        if (options.spouses && gene.spouse !== null && earlier.length > 0) {
          spec.spouses = [earlier[gene.spouse % earlier.length]!.id];
        }
        specs[`Q${i + 1}`] = spec;
      });
      return specs;
    });
}

/** A random pedigree and two different people in it. */
export function randomPedigreeWithPair(options: { nonBirth?: boolean; spouses?: boolean; size?: number } = {}) {
  return randomPedigree(options).chain((specs) => {
    const n = Object.keys(specs).length;
    return fc
      .tuple(fc.constant(specs), fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n }))
      .filter(([, a, b]) => a !== b)
      .map(([s, a, b]) => ({ specs: s, a: `Q${a}` as ItemId, b: `Q${b}` as ItemId }));
  });
}
