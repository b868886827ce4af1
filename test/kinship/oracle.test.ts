/**
 * The production kinship (recursion for φ and F, line classes for the relationships) against the
 * oracle (explicit lines, path formula): on random pedigrees, truncated or not.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { makeFamilyGraph } from '../support/family.js';
import { relate } from '../../src/kinship/relate.js';
import { isByDescent } from '../../src/kinship/order.js';
import type { Relationship } from '../../src/kinship/types.js';
import { Oracle } from './oracle.js';
import { randomPedigreeWithPair } from './random-pedigree.js';

const KIND = { blood: 0, adoptive: 1, 'non-birth': 2 } as Record<string, number>;
const entryOf = (r: Relationship) =>
  `${r.commonAncestors.join('&')}|${r.generationsA}|${r.generationsB}|${KIND[r.kind]}|${r.lines}`;

describe('production kinship = the oracle', () => {
  it('φ, F, path sum and r agree; Σ (1/2)^n (1 + F_C) = 2φ, truncated or not', () => {
    fc.assert(
      fc.property(randomPedigreeWithPair({ nonBirth: false }), fc.integer({ min: 1, max: 8 }), (pair, generations) => {
        const graph = makeFamilyGraph(pair.specs);
        const result = relate(graph, pair.a, pair.b, { maxGenerations: generations });
        const oracle = new Oracle(graph, [pair.a, pair.b], generations);
        expect(result.pedigree.people).toBe(oracle.members.size);
        expect(result.kinship).toBeCloseTo(oracle.kinship(pair.a, pair.b), 12);
        expect(result.inbreeding.a).toBeCloseTo(oracle.inbreeding(pair.a), 12);
        expect(result.inbreeding.b).toBeCloseTo(oracle.inbreeding(pair.b), 12);
        expect(result.pathSum).toBeCloseTo(oracle.pathSum(pair.a, pair.b), 12);
        expect(oracle.weightedPathSum(pair.a, pair.b)).toBeCloseTo(2 * result.kinship, 12);
        const fa = oracle.inbreeding(pair.a);
        const fb = oracle.inbreeding(pair.b);
        expect(result.coefficient).toBeCloseTo(
          (2 * oracle.kinship(pair.a, pair.b)) / Math.sqrt((1 + fa) * (1 + fb)),
          12,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('one relationship per (couple or single ancestor, Ga, Gb, kind), with the same count of lines', () => {
    fc.assert(
      fc.property(randomPedigreeWithPair({ nonBirth: true }), fc.integer({ min: 1, max: 8 }), (pair, generations) => {
        const graph = makeFamilyGraph(pair.specs);
        const result = relate(graph, pair.a, pair.b, { maxGenerations: generations, inLawGenerations: 0 });
        const oracle = new Oracle(graph, [pair.a, pair.b], generations);
        const expected = oracle
          .entries(pair.a, pair.b)
          .map((e) => `${e.ancestors}|${e.generationsA}|${e.generationsB}|${e.kind}|${e.lines}`)
          .sort();
        expect(result.relationships.filter(isByDescent).map(entryOf).sort()).toEqual(expected);
        expect(result.pedigree.linePairs).toBe(oracle.meetingPairs(pair.a, pair.b, false).length);
      }),
      { numRuns: 600 },
    );
  });

  it('r equals the path sum when nobody in the pedigree is inbred', () => {
    fc.assert(
      fc.property(randomPedigreeWithPair({ nonBirth: false }), (pair) => {
        const graph = makeFamilyGraph(pair.specs);
        const oracle = new Oracle(graph, [pair.a, pair.b], 30);
        fc.pre([...oracle.members].every((id) => oracle.inbreeding(id) === 0));
        const result = relate(graph, pair.a, pair.b, { maxGenerations: 30 });
        expect(result.coefficient).toBeCloseTo(result.pathSum, 12);
      }),
      { numRuns: 200 },
    );
  });
});
