import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import type { Ancestry, Lineage } from './ancestors.js';
import { forEachMeetingPair } from './lowest-common-ancestors.js';
import type { NonBirthLink } from './types.js';

/** A line from A and a line from B that meet at one common ancestor. */
export interface LinePair {
  ancestor: ItemId;
  a: Lineage;
  b: Lineage;
}

/**
 * One relationship before naming: the common ancestors that are parents of the same child on A's
 * line and on B's line (a father and mother: a couple; alone: half), at one (Ga, Gb).
 */
export interface AncestorGroup {
  generationsA: number;
  generationsB: number;
  /** Couple members first by sex (father, mother), then Q-id. One member = half or direct line. */
  ancestors: ItemId[];
  /** One pair of lines per ancestor, in the order of `ancestors`. */
  pairs: LinePair[];
  nonBirth: NonBirthLink[];
}

/**
 * Groups the pairs of lines that meet only at their top (line-pairs.ts) into relationships. Two
 * pairs belong together when they share everything but the top person: the tops are then
 * co-parents of the same child on both sides (a couple). Pairs with and without non-birth links
 * are never merged. `complete` is false when the pair cap stopped the enumeration (line-pairs.ts).
 */
export function groupCouples(
  graph: FamilyGraph,
  a: Ancestry,
  b: Ancestry,
): { groups: AncestorGroup[]; complete: boolean } {
  const groups = new Map<string, AncestorGroup>();
  const complete = forEachMeetingPair(a, b, (ancestor, lineA, lineB) => {
    const nonBirth = [...lineA.nonBirth, ...lineB.nonBirth];
    const key = `${below(lineA)}|${below(lineB)}|${nonBirth.length > 0 ? 'n' : 'b'}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        generationsA: lineA.people.length - 1,
        generationsB: lineB.people.length - 1,
        ancestors: [],
        pairs: [],
        nonBirth: [],
      };
      groups.set(key, group);
    }
    group.ancestors.push(ancestor);
    group.pairs.push({ ancestor, a: lineA, b: lineB });
    for (const link of nonBirth) if (!group.nonBirth.some((l) => sameLink(l, link))) group.nonBirth.push(link);
  });
  return { groups: [...groups.values()].map((group) => sortGroup(graph, group)), complete };
}

function below(line: Lineage): string {
  return line.people.slice(0, -1).join(',');
}

function sameLink(x: NonBirthLink, y: NonBirthLink): boolean {
  return x.parent === y.parent && x.child === y.child;
}

const SEX_ORDER: Record<string, number> = { male: 0, female: 1, other: 2, unknown: 3 };

function sortGroup(graph: FamilyGraph, group: AncestorGroup): AncestorGroup {
  const sexRank = (id: ItemId) => SEX_ORDER[graph.getNodeAttribute(id, 'sex')] ?? 3;
  const pairs = [...group.pairs].sort(
    (x, y) => sexRank(x.ancestor) - sexRank(y.ancestor) || compareItemIds(x.ancestor, y.ancestor),
  );
  return { ...group, pairs, ancestors: pairs.map((pair) => pair.ancestor) };
}
