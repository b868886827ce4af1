/**
 * ForceAtlas2 positions, started from given positions (the generational layout) so the result
 * keeps generations roughly in rows while families pull together. Runs on a bare copy of the
 * graph: the family graph itself is not touched.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { Graph } from './graphology.js';
import type { FamilyGraph } from './types.js';
import type { Point } from './layout.js';

// The package's typings are read as CommonJS, so its default export is typed one level too deep.
type ForceAtlas2 = typeof forceAtlas2Module.default;
const loaded = forceAtlas2Module as unknown as ForceAtlas2 | { default: ForceAtlas2 };
const forceAtlas2: ForceAtlas2 = typeof loaded === 'function' ? loaded : loaded.default;

export interface ForceAtlas2Options {
  /** Default: 200 below 5,000 people, fewer above (Barnes-Hut keeps each one n log n). */
  iterations?: number;
}

export function forceAtlas2Layout(
  graph: FamilyGraph,
  initial: ReadonlyMap<string, Point>,
  options: ForceAtlas2Options = {},
): Map<string, Point> {
  const copy = new Graph<{ x: number; y: number }>({ type: 'mixed', multi: false, allowSelfLoops: false });
  graph.forEachNode((key) => {
    const start = initial.get(key) ?? { x: 0, y: 0 };
    copy.addNode(key, { x: start.x, y: start.y });
  });
  graph.forEachEdge((edge, _attrs, source, target, _s, _t, undirected) => {
    if (undirected) copy.addUndirectedEdgeWithKey(edge, source, target);
    else copy.addDirectedEdgeWithKey(edge, source, target);
  });
  if (copy.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 2000 };
    const iterations = options.iterations ?? (copy.order > 50_000 ? 30 : copy.order > 5000 ? 80 : 200);
    forceAtlas2.assign(copy, { iterations, settings, getEdgeWeight: null });
  }
  const points = new Map<string, Point>();
  copy.forEachNode((key, attrs) => points.set(key, { x: round(attrs.x), y: round(attrs.y) }));
  return points;
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}
