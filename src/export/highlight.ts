/**
 * What to draw emphasised: the people named by --highlight (or by the kinship command) and the
 * edges between them, plus whatever already carries a `highlight: true` attribute.
 */
import { UsageError } from '../errors.js';
import type { FamilyGraph } from '../graph/types.js';

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export function resolveHighlight(graph: FamilyGraph, ids: readonly string[] = []): Highlight {
  const missing = ids.filter((id) => !graph.hasNode(id));
  if (missing.length > 0) {
    throw new UsageError(
      'INVALID_OPTION',
      `--highlight names people who are not in the graph: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}`,
    );
  }
  const nodes = new Set<string>(ids);
  graph.forEachNode((key, attrs) => {
    if (attrs.highlight === true) nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.highlight === true || (nodes.has(source) && nodes.has(target))) edges.add(edge);
  });
  return { nodes, edges };
}
