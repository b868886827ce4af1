/**
 * Generation numbers: parents one row above their children, the seed of each connected part of
 * the graph on row 0, ancestors negative, descendants positive.
 *
 * The choice: longest-path layering over parent edges (a child sits one row below its *lowest*
 * parent, so pedigree collapse and marriages across generations never put a child above a
 * parent), then two corrections that the plain longest path gets wrong for family trees:
 *  - a person with more child links than parent links (in particular every person without known
 *    parents, e.g. someone who married in) sinks to just above their highest child instead of
 *    floating at the top row;
 *  - a person with neither parents nor children in the graph takes the row of a spouse.
 * Finally each weakly connected part is shifted so that its anchor (its first seed, else the
 * person closest to a seed) is on row 0.
 *
 * Cycles (bad data: A is B's ancestor and B is A's): a topological order is built with Kahn's
 * algorithm; when it stalls, the first unplaced person is forced in and the parent links that
 * point back into the placed part are ignored for layering. Every step is linear or n log n,
 * so this never hangs.
 */
import type { FamilyGraph } from './types.js';

export interface Generations {
  /** Generation per node key. */
  generation: Map<string, number>;
  /** Parent edges ignored because they close a cycle (empty for sound data). */
  ignoredEdges: string[];
}

interface Dag {
  keys: string[];
  parents: number[][];
  children: number[][];
  spouses: number[][];
  order: number[];
  ignoredEdges: string[];
}

export function computeGenerations(graph: FamilyGraph): Map<string, number> {
  return layerGenerations(graph).generation;
}

export function layerGenerations(graph: FamilyGraph): Generations {
  const dag = buildDag(graph);
  const n = dag.keys.length;
  const gen = new Array<number>(n).fill(0);
  for (const v of dag.order) {
    let g = 0;
    for (const p of dag.parents[v]!) g = Math.max(g, gen[p]! + 1);
    gen[v] = g;
  }
  for (let i = n - 1; i >= 0; i--) {
    const v = dag.order[i]!;
    const kids = dag.children[v]!;
    if (kids.length === 0 || kids.length <= dag.parents[v]!.length) continue;
    let lowest = Infinity;
    for (const c of kids) lowest = Math.min(lowest, gen[c]!);
    gen[v] = Math.max(gen[v]!, lowest - 1);
  }
  alignLoners(dag, gen);
  anchorComponents(graph, dag, gen);
  const generation = new Map<string, number>();
  dag.keys.forEach((key, i) => generation.set(key, gen[i]!));
  return { generation, ignoredEdges: dag.ignoredEdges };
}

function buildDag(graph: FamilyGraph): Dag {
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

/** People with no parent or child in the graph take the row of a spouse who has one. */
function alignLoners(dag: Dag, gen: number[]): void {
  const isLoner = (v: number) => dag.parents[v]!.length === 0 && dag.children[v]!.length === 0;
  const settled = dag.keys.map((_k, v) => !isLoner(v));
  const queue: number[] = [];
  settled.forEach((ok, v) => ok && queue.push(v));
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const s of dag.spouses[v]!) {
      if (settled[s]) continue;
      settled[s] = true;
      gen[s] = gen[v]!;
      queue.push(s);
    }
  }
}

/** Shifts each weakly connected part so that its anchor person is on row 0. */
function anchorComponents(graph: FamilyGraph, dag: Dag, gen: number[]): void {
  const n = dag.keys.length;
  const seedRank = new Map<string, number>();
  const seeds: readonly string[] = graph.getAttribute('seeds') ?? [];
  seeds.forEach((s, i) => seedRank.set(s, i));
  const component = new Int32Array(n).fill(-1);
  for (let start = 0; start < n; start++) {
    if (component[start] !== -1) continue;
    const members = [start];
    component[start] = start;
    for (let head = 0; head < members.length; head++) {
      const v = members[head]!;
      for (const list of [dag.parents[v]!, dag.children[v]!, dag.spouses[v]!]) {
        for (const w of list) {
          if (component[w] !== -1) continue;
          component[w] = start;
          members.push(w);
        }
      }
    }
    const anchor = pickAnchor(graph, dag.keys, members, seedRank);
    const shift = gen[anchor]!;
    for (const v of members) gen[v] = gen[v]! - shift;
  }
}

function pickAnchor(graph: FamilyGraph, keys: string[], members: number[], seedRank: Map<string, number>): number {
  let best = members[0]!;
  let bestScore = Infinity;
  for (const v of members) {
    const key = keys[v]!;
    const rank = seedRank.get(key);
    const depth = graph.getNodeAttribute(key, 'depth') ?? 0;
    const score = rank !== undefined ? rank - 1e9 : depth;
    if (score < bestScore) {
      bestScore = score;
      best = v;
    }
  }
  return best;
}
