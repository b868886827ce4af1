import { compareItemIds, type ItemId } from '../ids.js';
import type { Ancestry } from './ancestors.js';
import { forEachMeetingPair } from './line-pairs.js';

/** Everyone in both ancestries (A itself when A is B's ancestor, and vice versa), in Q-id order. */
export function commonAncestors(a: Ancestry, b: Ancestry): ItemId[] {
  const common: ItemId[] = [];
  for (const id of a.lines.keys()) if (b.lines.has(id)) common.push(id);
  return common.sort(compareItemIds);
}

/**
 * The lowest common ancestors, read per pair of lines: C counts when some line from A and some
 * line from B reach C without meeting below it (none of C's descendants on those lines is an
 * ancestor of both). Without pedigree collapse this is the usual rule (a common ancestor none
 * of whose descendants is also common: C's parents are reached only through C). With pedigree
 * collapse it keeps a shared parent who is also, by another line, a more distant common
 * ancestor (the node-wise rule would drop the half-sibling relationship then).
 */
export function lowestCommonAncestors(a: Ancestry, b: Ancestry): ItemId[] {
  const lowest = new Set<ItemId>();
  forEachMeetingPair(a, b, (ancestor) => lowest.add(ancestor));
  return [...lowest].sort(compareItemIds);
}
