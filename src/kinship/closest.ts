/**
 * When is the closest relationship proven? Relationships are ranked by Ga+Gb, then a couple before
 * a single ancestor (half or direct line), then the smaller cousin degree (see order.ts). The
 * search knows every ancestor id of A and of B down to some generation ("known depth") and has
 * fetched everyone one generation less. A relationship (Ga, Gb) is visible in the fetched graph
 * as soon as both lines are known and its common ancestor is fetched. So the best relationship
 * found, with Ga+Gb = k, is proven closest when:
 * - every (Ga, Gb) that could rank before it or tie with it lies within the known depth on both
 *   sides: k-1 for a couple (a sum below k, or a couple at k, never needs more than k-1
 *   generations on one side), k for a single ancestor (a direct line (k, 0) ranks with or before it);
 * - no ancestor known on both sides but not yet fetched could give a relationship with sum <= k.
 * Pure.
 */
import type { ItemId } from '../ids.js';
import { isSingle } from './order.js';
import type { Relationship } from './types.js';

export interface ProofState {
  /** The best relationship by descent in the fetched graph, or null. */
  best: Relationship | null;
  /** Generations whose ids are all known, per side (Infinity once a side has no more ancestors). */
  knownDepthA: number;
  knownDepthB: number;
  maxGenerations: number;
  /** Ids known on both sides but not fetched, with their smallest Ga+Gb. */
  unfetchedCommon: ReadonlyArray<{ id: ItemId; sum: number }>;
}

/** The generations each side must be known to for `best` (and its ties) to be proven closest. */
export function requiredDepth(best: Relationship): number {
  const k = best.generationsA + best.generationsB;
  return isSingle(best) ? k : k - 1;
}

export function isProvenClosest(state: ProofState): boolean {
  const { best } = state;
  if (!best) return false;
  const need = Math.min(requiredDepth(best), state.maxGenerations);
  if (state.knownDepthA < need || state.knownDepthB < need) return false;
  const k = best.generationsA + best.generationsB;
  return !state.unfetchedCommon.some((candidate) => candidate.sum <= k);
}
