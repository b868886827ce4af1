/**
 * Lowest common ancestors, read per pair of lines: which ancestors A and B share, and every pair of
 * lines (one from A, one from B) that first meet at one of them. Naming, couples and the path sum
 * all read the same pairs.
 */
import { compareItemIds, type ItemId } from '../ids.js';
import type { Ancestry, Lineage } from './ancestors.js';

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

/** Pairs of lines compared at most (pedigree collapse over many generations multiplies them). */
export const MAX_PAIRS = 4_000_000;

/**
 * Calls `visit` for every pair of lines A <- ... <- C and B <- ... <- C that meet only at C: no
 * person but C is on both. C is then the lowest common ancestor of those two lines (their first
 * meeting point), and the pair is one independent route of relationship. These are exactly the
 * pairs Wright's coefficient sums; relationships are named from the same pairs. Closest
 * ancestors first (by smallest Ga+Gb); returns false when it stopped at `maxPairs` compared.
 */
export function forEachMeetingPair(
  a: Ancestry,
  b: Ancestry,
  visit: (ancestor: ItemId, lineA: Lineage, lineB: Lineage) => void,
  maxPairs = MAX_PAIRS,
): boolean {
  let compared = 0;
  for (const ancestor of byCloseness(a, b, commonAncestors(a, b))) {
    const linesA = allLines(a, ancestor);
    const linesB = allLines(b, ancestor);
    for (const lineA of linesA) {
      const below = new Set(lineA.people.slice(0, -1));
      for (const lineB of linesB) {
        compared += 1;
        if (compared > maxPairs) return false;
        if (!meetsBelow(below, lineB)) visit(ancestor, lineA, lineB);
      }
    }
  }
  return true;
}

function byCloseness(a: Ancestry, b: Ancestry, ancestors: ItemId[]): ItemId[] {
  const closeness = (id: ItemId) =>
    Math.min(...(a.lines.get(id)?.keys() ?? [])) + Math.min(...(b.lines.get(id)?.keys() ?? []));
  return ancestors
    .map((id) => ({ id, sum: closeness(id) }))
    .sort((x, y) => x.sum - y.sum)
    .map((x) => x.id);
}

function allLines(ancestry: Ancestry, ancestor: ItemId): Lineage[] {
  const lines: Lineage[] = [];
  for (const list of ancestry.lines.get(ancestor)?.values() ?? []) lines.push(...list);
  return lines;
}

function meetsBelow(people: ReadonlySet<ItemId>, line: Lineage): boolean {
  for (let i = 0; i < line.people.length - 1; i += 1) if (people.has(line.people[i]!)) return true;
  return false;
}
