/**
 * The parent links of a family graph as an acyclic graph over node indices, for layering.
 *
 * Cycles (bad data: A is B's ancestor and B is A's): a topological order is built with Kahn's
 * algorithm; when it stalls, the first unplaced person is forced in and the parent links that
 * point back into the placed part are ignored (and reported). Linear time, never hangs.
 */
import type { FamilyGraph } from './types.js';

export interface GenerationDag {
  keys: string[];
  parents: number[][];
  children: number[][];
  /** Spouse links (undirected), both ways. */
  spouses: number[][];
  /** A topological order: every parent before their children. */
  order: number[];
  /** Parent links left out because they close a cycle (empty for sound data). */
  ignoredEdges: string[];
}

export function buildGenerationDag(graph: FamilyGraph): GenerationDag {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const allParents: Array<Array<[number, string]>> = keys.map(() => []);
  const spouses: number[][] = keys.map(() => []);
  graph.forEachEdge((edge, _attrs, source, target, _s, _t, undirected) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (undirected) {
      spouses[s]!.push(t);
      spouses[t]!.push(s);
    } else allParents[t]!.push([s, edge]);
  });
  const order = topologicalOrder(keys.length, allParents);
  const position = new Array<number>(keys.length);
  order.forEach((v, i) => (position[v] = i));
  const parents: number[][] = keys.map(() => []);
  const children: number[][] = keys.map(() => []);
  const ignoredEdges: string[] = [];
  allParents.forEach((list, child) => {
    for (const [parent, edge] of list) {
      if (position[parent]! < position[child]!) {
        parents[child]!.push(parent);
        children[parent]!.push(child);
      } else ignoredEdges.push(edge);
    }
  });
  return { keys, parents, children, spouses, order, ignoredEdges };
}

/** Kahn's algorithm; on a stall the first unplaced node is forced in (breaking the cycle). */
function topologicalOrder(n: number, parents: Array<Array<[number, string]>>): number[] {
  const pending = parents.map((list) => list.length);
  const kids: number[][] = parents.map(() => []);
  parents.forEach((list, child) => list.forEach(([p]) => kids[p]!.push(child)));
  const queued = new Uint8Array(n);
  const order: number[] = [];
  const enqueue = (v: number) => {
    queued[v] = 1;
    order.push(v);
  };
  for (let v = 0; v < n; v++) if (pending[v] === 0) enqueue(v);
  let scan = 0;
  for (let head = 0; order.length < n || head < order.length; head++) {
    if (head === order.length) {
      while (queued[scan] === 1) scan++;
      enqueue(scan); // stalled on a cycle: force the first unplaced node in
    }
    for (const c of kids[order[head]!]!) {
      pending[c]!--;
      if (pending[c] === 0 && queued[c] === 0) enqueue(c);
    }
  }
  return order;
}
