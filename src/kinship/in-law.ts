import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { ancestryOf } from './ancestors.js';
import { bloodRelationships, decorate, neutralRelationshipName } from './blood.js';
import { bloodName, roleWord } from './naming.js';
import { spousesOf } from './spouses.js';
import type { Relationship } from './types.js';

/**
 * Relationships through one marriage, within `generations` on both sides of the blood part:
 * - B is a blood relative of A's spouse S: spouse's parent (father-in-law), spouse's sibling
 *   (sister-in-law), and with more generations spouse's cousin (cousin-in-law)...; B a child of S
 *   who is not A's own descendant is A's stepchild.
 * - B is the spouse of A's blood relative T: child's spouse (son-in-law), sibling's spouse
 *   (brother-in-law)...; B the spouse of A's parent who is not A's own parent is A's step-parent.
 * `byDescent` (A and B's own relationships) suppresses step relationships that are really blood.
 */
export function inLawRelationships(
  graph: FamilyGraph,
  a: ItemId,
  b: ItemId,
  byDescent: readonly Relationship[],
  generations: number,
): Relationship[] {
  const found: Relationship[] = [];
  const sexB = graph.getNodeAttribute(b, 'sex');
  const bDescendsFromA = byDescent.some((r) => r.generationsA === 0);
  const bIsAncestorOfA = byDescent.some((r) => r.generationsB === 0);
  const ancestryA = ancestryOf(graph, a, generations);
  const ancestryB = ancestryOf(graph, b, generations);

  for (const spouse of spousesOf(graph, a)) {
    if (spouse === b || spouse === a) continue;
    for (const r of bloodRelationships(graph, spouse, b, ancestryOf(graph, spouse, generations), ancestryB)) {
      const step = r.generationsA === 0;
      if (step && bDescendsFromA) continue;
      found.push({
        ...r,
        name: step ? stepName(r, roleWord('child', sexB), sexB) : decorate(r, `${bloodName(r, sexB)}-in-law`),
        neutralName: `spouse's ${neutralRelationshipName(r)}`,
        kind: step ? 'step' : 'in-law',
        paths: { a: [a, ...r.paths.a], b: r.paths.b },
        via: spouse,
      });
    }
  }

  for (const spouse of spousesOf(graph, b)) {
    if (spouse === a || spouse === b) continue;
    for (const r of bloodRelationships(graph, a, spouse, ancestryA, ancestryOf(graph, spouse, generations))) {
      const step = r.generationsB === 0;
      if (step && bIsAncestorOfA) continue;
      found.push({
        ...r,
        name: step ? stepName(r, roleWord('parent', sexB), sexB) : decorate(r, `${bloodName(r, sexB)}-in-law`),
        neutralName: `${neutralRelationshipName(r)}'s spouse`,
        kind: step ? 'step' : 'in-law',
        paths: { a: r.paths.a, b: [b, ...r.paths.b] },
        via: spouse,
      });
    }
  }
  return found;
}

/** stepson, stepmother, step-grandfather... (one generation: one word; more: hyphenated). */
function stepName(r: Relationship, oneGeneration: string, sex: Parameters<typeof bloodName>[1]): string {
  const generations = Math.max(r.generationsA, r.generationsB);
  return decorate(r, generations === 1 ? `step${oneGeneration}` : `step-${bloodName(r, sex)}`);
}
