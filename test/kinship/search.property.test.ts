import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { makeFamilyGraph, makePeople } from '../support/family.js';
import { createMemorySource } from '../support/memory-source.js';
import { findKinship } from '../../src/kinship/find-kinship.js';
import { relate } from '../../src/kinship/relate.js';
import { isByDescent, sameCloseness } from '../../src/kinship/order.js';
import type { KinshipResult, Relationship } from '../../src/kinship/types.js';
import { randomPedigreeWithPair } from './random-pedigree.js';

/** Random acyclic pedigrees with a few marriages and non-birth links, and two distinct people in them. */
const family = randomPedigreeWithPair({ spouses: true, nonBirth: true, size: 18 });

const summary = (r: Relationship) =>
  [r.kind, r.name, r.half, r.generationsA, r.generationsB, r.commonAncestors, r.lines, r.paths, r.via].map((x) =>
    JSON.stringify(x),
  );
const numbers = (r: KinshipResult) => [r.pathSum, r.kinship, r.inbreeding.a, r.inbreeding.b, r.coefficient];

describe('findKinship agrees with relate on the whole family', () => {
  it('by default: the same relationships, degrees, four numbers and shortest-path length', async () => {
    await fc.assert(
      fc.asyncProperty(family, fc.integer({ min: 1, max: 10 }), async ({ specs, a, b }, maxGenerations) => {
        const whole = relate(makeFamilyGraph(specs), a, b, { maxGenerations });
        const searched = await findKinship(createMemorySource(makePeople(specs)), a, b, { maxGenerations });
        expect(searched.relationships.map(summary)).toEqual(whole.relationships.map(summary));
        expect(searched.degrees).toEqual(whole.degrees);
        numbers(searched).forEach((x, i) => expect(x).toBeCloseTo(numbers(whole)[i]!, 12));
        expect(searched.pedigree).toEqual(whole.pedigree);
        expect(searched.shortestPath?.people.length).toBe(whole.shortestPath?.people.length);
      }),
      { numRuns: 300 },
    );
  });

  it('with closest: the closest relationship (and its ties), and numbers over exactly the generations it says', async () => {
    await fc.assert(
      fc.asyncProperty(family, async ({ specs, a, b }) => {
        const graph = makeFamilyGraph(specs);
        const whole = relate(graph, a, b).relationships.filter(isByDescent);
        const searched = await findKinship(createMemorySource(makePeople(specs)), a, b, { closest: true });
        const found = searched.relationships.filter(isByDescent);
        const best = whole[0];
        if (!best) {
          expect(found).toEqual([]);
          return;
        }
        expect(found.map(summary)).toEqual(whole.filter((r) => sameCloseness(r, best)).map(summary));
        const covered = relate(graph, a, b, { maxGenerations: searched.pedigree.generations });
        numbers(searched).forEach((x, i) => expect(x).toBeCloseTo(numbers(covered)[i]!, 12));
        if (searched.proven && searched.pedigree.generations < searched.maxGenerations) {
          expect(searched.messages.join('\n')).toContain(
            `the four numbers cover only the ancestors within ${searched.pedigree.generations} generation`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
