/**
 * The shortest chain of family links between two people in a graph already in memory (relate's
 * fallback). Its counterpart that fetches people as it goes is fetch-family-path.ts. Pure.
 */
import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { DEFAULT_MAX_PATH_LENGTH } from './bounds.js';
import { roleWord } from './naming.js';
import type { FamilyPath, PathStep } from './types.js';

export interface ShortestPathResult {
  path: FamilyPath | null;
  /** The bound stopped the walk while people were still unreached. */
  cut: boolean;
}

/**
 * The shortest chain of family links (parent, child, spouse, in either direction) from A to B,
 * at most `maxLength` links long. Breadth-first, neighbours in Q-id order: deterministic, and
 * cycle-safe (each person is visited once).
 */
export function shortestFamilyPath(
  graph: FamilyGraph,
  a: ItemId,
  b: ItemId,
  maxLength = DEFAULT_MAX_PATH_LENGTH,
): ShortestPathResult {
  const previous = new Map<ItemId, ItemId | null>([[a, null]]);
  let frontier: ItemId[] = [a];
  for (let distance = 0; distance < maxLength && frontier.length > 0; distance += 1) {
    const next: ItemId[] = [];
    for (const id of frontier) {
      for (const neighbor of sortedNeighbors(graph, id)) {
        if (previous.has(neighbor)) continue;
        previous.set(neighbor, id);
        if (neighbor === b) return { path: pathFrom(graph, previous, b), cut: false };
        next.push(neighbor);
      }
    }
    frontier = next;
  }
  return { path: null, cut: frontier.length > 0 };
}

function sortedNeighbors(graph: FamilyGraph, id: ItemId): ItemId[] {
  return (graph.neighbors(id) as ItemId[]).sort(compareItemIds);
}

function pathFrom(graph: FamilyGraph, previous: ReadonlyMap<ItemId, ItemId | null>, end: ItemId): FamilyPath {
  const people: ItemId[] = [];
  for (let id: ItemId | null = end; id !== null; id = previous.get(id) ?? null) people.unshift(id);
  const steps = people.slice(1).map((to, i) => describeStep(graph, people[i]!, to));
  return { people, steps };
}

/** Names the link from `from` to `to`: `to` is `from`'s father, son, wife... */
export function describeStep(graph: FamilyGraph, from: ItemId, to: ItemId): PathStep {
  const sex = graph.getNodeAttribute(to, 'sex');
  if (graph.hasDirectedEdge(to, from)) {
    const edge = graph.getDirectedEdgeAttributes(to, from);
    return { from, to, link: 'parent', name: roleWord('parent', sex), nonBirth: edge.nonBirth };
  }
  if (graph.hasDirectedEdge(from, to)) {
    const edge = graph.getDirectedEdgeAttributes(from, to);
    return { from, to, link: 'child', name: roleWord('child', sex), nonBirth: edge.nonBirth };
  }
  return { from, to, link: 'spouse', name: roleWord('spouse', sex), nonBirth: false };
}
