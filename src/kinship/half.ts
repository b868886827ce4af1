/**
 * "Half" needs evidence (kinship.md): a single common ancestor C whose two children on the lines
 * each have a recorded other parent, and those differ. When one of them has no recorded other
 * parent (no statement, an unknown value, or only a non-birth link), the relationship is neither
 * half nor full: null. Pure: reads the family graph.
 */
import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { graphParents } from './pedigree.js';

export interface HalfEvidence {
  /** true: proven half; false: full (the other parent is shared); null: not known. */
  half: boolean | null;
  /** Children of the common ancestor on the lines whose other parent is not recorded. */
  unrecorded: ItemId[];
}

/** Recorded birth parents of a person beyond the graph (people not fetched), by id. */
export type RecordedParents = (id: ItemId) => readonly ItemId[];

/**
 * The birth parents of `child` other than `ancestor`: its birth links in the graph, and any
 * recorded birth parent that is not in the graph at all (not fetched).
 */
function otherParents(graph: FamilyGraph, child: ItemId, ancestor: ItemId, recorded?: RecordedParents): ItemId[] {
  const others = graphParents(graph, child)
    .filter((link) => link.parent !== ancestor && link.kinshipType.length === 0)
    .map((link) => link.parent);
  for (const id of recorded?.(child) ?? []) {
    if (id !== ancestor && !graph.hasNode(id) && !others.includes(id)) others.push(id);
  }
  return others;
}

/** Evidence for "half" when `ancestor` alone is the common ancestor, reached through `childA` and `childB`. */
export function halfEvidence(
  graph: FamilyGraph,
  ancestor: ItemId,
  childA: ItemId,
  childB: ItemId,
  recorded?: RecordedParents,
): HalfEvidence {
  const otherA = otherParents(graph, childA, ancestor, recorded);
  const otherB = otherParents(graph, childB, ancestor, recorded);
  const unrecorded = [...(otherA.length === 0 ? [childA] : []), ...(otherB.length === 0 ? [childB] : [])];
  if (unrecorded.length > 0) return { half: null, unrecorded };
  return { half: !otherA.some((id) => otherB.includes(id)), unrecorded };
}

/** Evidence over several pairs of lines of one relationship: unknown wins, then full, then half. */
export function combineHalf(x: HalfEvidence, y: HalfEvidence): HalfEvidence {
  const unrecorded = [...new Set([...x.unrecorded, ...y.unrecorded])].sort(compareItemIds);
  if (x.half === null || y.half === null) return { half: null, unrecorded };
  return { half: x.half && y.half, unrecorded };
}
