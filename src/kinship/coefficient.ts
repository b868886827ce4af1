import type { Ancestry } from './ancestors.js';
import { forEachMeetingPair } from './lowest-common-ancestors.js';

export interface Coefficient {
  /** Wright's coefficient of relationship r(A, B). */
  coefficient: number;
  /** How many pairs of lines were summed. */
  pathPairs: number;
  /** False when the cap on pairs compared stopped the sum (a lower bound then). */
  complete: boolean;
}

/**
 * Wright's coefficient of relationship: the sum, over every common ancestor C and every pair of
 * lines A <- ... <- C -> ... -> B that share no person but C, of (1/2)^(Ga+Gb). Pedigree collapse
 * counts (every independent pair adds), and so does a direct line (A is B's ancestor: (1/2)^Gb).
 * Only birth links count: a line through an adoptive or other non-birth link adds nothing.
 * Within the two ancestries' generation bounds.
 */
export function coefficientOfRelationship(a: Ancestry, b: Ancestry): Coefficient {
  let coefficient = 0;
  let pathPairs = 0;
  const complete = forEachMeetingPair(a, b, (_ancestor, lineA, lineB) => {
    if (lineA.nonBirth.length > 0 || lineB.nonBirth.length > 0) return;
    coefficient += 0.5 ** (lineA.people.length - 1 + lineB.people.length - 1);
    pathPairs += 1;
  });
  return { coefficient, pathPairs, complete };
}
