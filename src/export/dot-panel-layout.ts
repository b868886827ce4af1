/**
 * Each panel of a cut drawing laid out again on its own (see dot-plan.ts), so that its rows are
 * ordered for what it shows.
 */
import type { FamilyUnit } from '../graph/families.js';
import { Graph } from '../graph/graphology.js';
import { generationalLayout } from '../graph/layout.js';
import type { FamilyEdgeAttributes, FamilyGraph, FamilyGraphAttributes, PersonAttributes } from '../graph/types.js';

/**
 * Each panel laid out on its own (the people it holds and the links between them), so that
 * its rows are ordered for what it shows: siblings in birth order, not spread apart to stand
 * over descendants drawn in other panels. Panels are placed side by side in x (each is drawn
 * in its own cluster, only the order within a row matters).
 */
export function panelLayouts(
  graph: FamilyGraph,
  generations: ReadonlyMap<string, number>,
  units: readonly FamilyUnit[],
  panels: readonly string[][],
  panelOf: ReadonlyMap<string, number>,
): Map<string, { x: number }> {
  const xs = new Map<string, { x: number }>();
  // The families as they are, cut to each panel: a couple stays a couple even when all of
  // their children are drawn in another panel.
  const unitsIn: FamilyUnit[][] = panels.map(() => []);
  for (const u of units) {
    for (const panel of new Set(u.parents.map((p) => panelOf.get(p)!))) {
      const inPanel = (k: string) => panelOf.get(k) === panel;
      unitsIn[panel]!.push({
        ...u,
        parents: u.parents.filter(inPanel),
        children: u.children.filter(inPanel),
        nonBirthChildren: u.nonBirthChildren.filter(inPanel),
      });
    }
  }
  let shift = 0;
  for (const [index, keys] of panels.entries()) {
    const sub: FamilyGraph = new Graph<PersonAttributes, FamilyEdgeAttributes, FamilyGraphAttributes>({
      type: 'mixed',
      multi: false,
      allowSelfLoops: false,
    });
    for (const key of keys) sub.addNode(key, graph.getNodeAttributes(key));
    for (const key of keys) {
      graph.forEachEdge(key, (edge, attrs, source, target) => {
        if (!sub.hasNode(source) || !sub.hasNode(target) || sub.hasEdge(edge)) return;
        if (graph.isUndirected(edge)) sub.addUndirectedEdgeWithKey(edge, source, target, attrs);
        else sub.addDirectedEdgeWithKey(edge, source, target, attrs);
      });
    }
    const layout = generationalLayout(sub, generations, unitsIn[index]!);
    let widest = 0;
    for (const [key, point] of layout) {
      xs.set(key, { x: point.x + shift });
      widest = Math.max(widest, point.x);
    }
    shift += widest + 1000;
  }
  return xs;
}
