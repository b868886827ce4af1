import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { roleWord } from './naming.js';
import type { Relationship } from './types.js';

/** The spouses of a person in the graph (P26 on either side), in Q-id order. */
export function spousesOf(graph: FamilyGraph, id: ItemId): ItemId[] {
  const found = new Set<ItemId>();
  graph.forEachUndirectedEdge(id, (_edge, attributes, source, target) => {
    if (attributes.relation === 'spouse') found.add((source === id ? target : source) as ItemId);
  });
  return [...found].sort(compareItemIds);
}

/** "B is A's husband / wife / spouse", when the graph links them by P26. */
export function spouseRelationship(graph: FamilyGraph, a: ItemId, b: ItemId): Relationship | null {
  if (!spousesOf(graph, a).includes(b)) return null;
  return {
    name: roleWord('spouse', graph.getNodeAttribute(b, 'sex')),
    neutralName: 'spouse',
    kind: 'spouse',
    half: false,
    otherParentUnrecorded: [],
    generationsA: 0,
    generationsB: 0,
    cousin: null,
    commonAncestors: [],
    lines: 1,
    paths: { a: [[a, b]], b: [[b]] },
    allPaths: true,
    via: null,
    nonBirthLinks: [],
  };
}
