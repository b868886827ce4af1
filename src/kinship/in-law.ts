import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import type { Sex } from '../person/types.js';
import { bloodRelationships } from './blood.js';
import type { RecordedParents } from './half.js';
import { withKind } from './link-kind.js';
import { bloodName, neutralRelationshipName, roleWord, type RelationshipSpec } from './naming.js';
import { spousesOf } from './spouses.js';
import type { Relationship } from './types.js';

/**
 * Relationships through one marriage, whose blood part reaches at most `generations` up from
 * each of its two people:
 * - B is a blood relative of A's spouse S: spouse's parent (father-in-law), spouse's sibling
 *   (sister-in-law), and with more generations spouse's cousin (cousin-in-law)...; B a child of S
 *   who is not A's own descendant is A's stepchild.
 * - B is the spouse of A's blood relative T: child's spouse (son-in-law), sibling's spouse
 *   (brother-in-law)...; B the spouse of A's parent who is not A's own parent is A's step-parent.
 * `byDescent` (A and B's own relationships) suppresses step relationships that are really blood;
 * `recordedParents` as in relate.ts.
 * Pure.
 */
export function inLawRelationships(
  graph: FamilyGraph,
  a: ItemId,
  b: ItemId,
  byDescent: readonly Relationship[],
  generations: number,
  recordedParents?: RecordedParents,
): Relationship[] {
  const found: Relationship[] = [];
  const sexB = graph.getNodeAttribute(b, 'sex');
  const bDescendsFromA = byDescent.some((r) => r.generationsA === 0);
  const bIsAncestorOfA = byDescent.some((r) => r.generationsB === 0);

  for (const spouse of spousesOf(graph, a)) {
    if (spouse === b || spouse === a) continue;
    for (const r of within(bloodRelationships(graph, spouse, b, generations, recordedParents), generations)) {
      const step = r.generationsA === 0;
      if (step && bDescendsFromA) continue;
      found.push({
        ...r,
        name: step ? stepName(r, roleWord('child', sexB), sexB) : inLawName(r, sexB),
        neutralName: `spouse's ${neutralRelationshipName(specOf(r))}`,
        kind: step ? 'step' : 'in-law',
        paths: { a: r.paths.a.map((path) => [a, ...path]), b: r.paths.b },
        via: spouse,
      });
    }
  }

  for (const spouse of spousesOf(graph, b)) {
    if (spouse === a || spouse === b) continue;
    for (const r of within(bloodRelationships(graph, a, spouse, generations, recordedParents), generations)) {
      const step = r.generationsB === 0;
      if (step && bIsAncestorOfA) continue;
      found.push({
        ...r,
        name: step ? stepName(r, roleWord('parent', sexB), sexB) : inLawName(r, sexB),
        neutralName: `${neutralRelationshipName(specOf(r))}'s spouse`,
        kind: step ? 'step' : 'in-law',
        paths: { a: r.paths.a, b: r.paths.b.map((path) => [b, ...path]) },
        via: spouse,
      });
    }
  }
  return found;
}

/** Only relationships whose lines are at most `generations` long on both sides. */
function within(relationships: Relationship[], generations: number): Relationship[] {
  return relationships.filter((r) => r.generationsA <= generations && r.generationsB <= generations);
}

function specOf(r: Relationship): RelationshipSpec {
  return { generationsA: r.generationsA, generationsB: r.generationsB, half: r.half === true, kind: r.kind };
}

/** sister-in-law, first cousin-in-law, adoptive brother-in-law... */
function inLawName(r: Relationship, sex: Sex): string {
  return withKind(`${bloodName(specOf(r), sex)}-in-law`, r.kind);
}

/** stepson, stepmother, step-grandfather... (one generation: one word; more: hyphenated). */
function stepName(r: Relationship, oneGeneration: string, sex: Sex): string {
  const generations = Math.max(r.generationsA, r.generationsB);
  return withKind(generations === 1 ? `step${oneGeneration}` : `step-${bloodName(specOf(r), sex)}`, r.kind);
}
