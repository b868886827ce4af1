/** Independent bounds for the kinship search tests: who lies within N generations of the roots. */
import type { ItemId } from '../../src/ids.js';
import { ROYALS_DATASET } from '../support/paths.js';
import type { PersonSource } from '../../src/wikidata/person-source.js';

/** The european-royals dataset (the bundled snapshot). */
export const DATASET = ROYALS_DATASET;

/** Everyone within `generations` above the roots (the roots included), read independently of the search. */
export async function ancestorsWithin(from: PersonSource, roots: ItemId[], generations: number): Promise<Set<ItemId>> {
  const seen = new Set<ItemId>(roots);
  let frontier = roots;
  for (let g = 0; g < generations && frontier.length > 0; g += 1) {
    const { people } = await from.getPeople(frontier);
    frontier = [];
    for (const person of people.values()) {
      for (const link of [...person.fathers.links, ...person.mothers.links]) {
        if (!seen.has(link.target)) {
          seen.add(link.target);
          frontier.push(link.target);
        }
      }
    }
  }
  return seen;
}
