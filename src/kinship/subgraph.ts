import type { ItemId } from '../ids.js';
import { Graph } from '../graph/graphology.js';
import type { FamilyEdgeAttributes, FamilyGraph, FamilyGraphAttributes, PersonAttributes } from '../graph/types.js';
import type { KinshipResult } from './types.js';

/**
 * The part of `graph` that explains a kinship answer: every person on every path listed (the lines
 * of each relationship on both sides, to every member of its couple, and the shortest path) and the family links
 * between consecutive people, copied with their attributes. A, B and every common ancestor carry
 * `highlight: true`, so every exporter draws them emphasised.
 */
export function kinshipSubgraph(graph: FamilyGraph, result: KinshipResult): FamilyGraph {
  const sub: FamilyGraph = new Graph<PersonAttributes, FamilyEdgeAttributes, FamilyGraphAttributes>({
    type: 'mixed',
    multi: false,
    allowSelfLoops: false,
  });
  sub.replaceAttributes({ ...graph.getAttributes(), seeds: [result.a, result.b] });
  const highlighted = new Set<ItemId>([result.a, result.b]);
  const chains: ItemId[][] = [];
  for (const relationship of result.relationships) {
    chains.push(relationship.commonAncestors);
    for (const path of [...relationship.paths.a, ...relationship.paths.b]) {
      chains.push(path);
      const below = path.slice(0, -1);
      for (const ancestor of relationship.commonAncestors) chains.push([...below, ancestor]);
    }
    for (const ancestor of relationship.commonAncestors) highlighted.add(ancestor);
  }
  if (result.shortestPath) chains.push(result.shortestPath.people);

  for (const chain of chains) {
    for (const id of chain) addNode(graph, sub, id, highlighted.has(id));
    for (let i = 1; i < chain.length; i += 1) copyEdges(graph, sub, chain[i - 1]!, chain[i]!);
  }
  return sub;
}

function addNode(graph: FamilyGraph, sub: FamilyGraph, id: ItemId, highlight: boolean): void {
  if (!graph.hasNode(id)) return;
  if (!sub.hasNode(id)) sub.addNode(id, { ...graph.getNodeAttributes(id) });
  if (highlight) sub.setNodeAttribute(id, 'highlight', true);
}

/** Copies every edge between two people (parent link either way, spouse link) into the subgraph. */
function copyEdges(graph: FamilyGraph, sub: FamilyGraph, x: ItemId, y: ItemId): void {
  if (!sub.hasNode(x) || !sub.hasNode(y)) return;
  for (const edge of [...graph.edges(x, y), ...graph.edges(y, x)]) {
    if (sub.hasEdge(edge)) continue;
    const attributes = { ...graph.getEdgeAttributes(edge) };
    const [source, target] = graph.extremities(edge);
    if (graph.isDirected(edge)) sub.addDirectedEdgeWithKey(edge, source, target, attributes);
    else sub.addUndirectedEdgeWithKey(edge, source, target, attributes);
  }
}
