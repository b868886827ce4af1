/**
 * Optimal layering by the network simplex method (Gansner, Koutsofios, North and Vo, "A
 * technique for drawing directed graphs", 1993; the ranking step of Graphviz dot): given
 * directed edges tail -> head and a feasible ranking (rank[head] - rank[tail] >= 1 for every
 * edge), moves nodes so that the total span, sum of rank[head] - rank[tail], is as small as it
 * can be while every edge keeps pointing down. In a family graph this pulls each branch of a
 * family to the rows of the relatives it is tied to instead of leaving it where a longest-path
 * layering dropped it.
 *
 * Each iteration swaps one edge of a spanning tree of tight edges for a better one; cut values
 * are updated along the cycle only and tree numbering only below the lowest common ancestor
 * (as Graphviz does), candidate edges are searched on the smaller side of the cut. A cap on the
 * iterations (the result stays feasible, only perhaps not optimal) keeps huge graphs bounded.
 */
import { spanningTightTree } from './tight-tree.js';

export interface NetworkSimplexResult {
  iterations: number;
  /** False when the iteration cap stopped the search before the optimum. */
  optimal: boolean;
}

export function minimizeTotalSpan(
  n: number,
  tails: readonly number[],
  heads: readonly number[],
  rank: number[],
  maxIterations = 20 * n + 1000,
): NetworkSimplexResult {
  const m = tails.length;
  if (n === 0 || m === 0) return { iterations: 0, optimal: true };
  const incident: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < m; e++) {
    incident[tails[e]!]!.push(e);
    incident[heads[e]!]!.push(e);
  }
  const slack = (e: number) => rank[heads[e]!]! - rank[tails[e]!]! - 1;
  const other = (e: number, v: number) => (tails[e] === v ? heads[e]! : tails[e]!);
  const inTree = spanningTightTree(n, tails, heads, incident, rank);
  const treeOf: number[][] = Array.from({ length: n }, () => []);
  const treeEdges: number[] = [];
  const treePosition = new Int32Array(m).fill(-1);
  for (let e = 0; e < m; e++) {
    if (!inTree[e]) continue;
    treeOf[tails[e]!]!.push(e);
    treeOf[heads[e]!]!.push(e);
    treePosition[e] = treeEdges.length;
    treeEdges.push(e);
  }

  // Rooted numbering: parent edge, low/lim postorder ranges, node by lim.
  const parentEdge = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const lim = new Int32Array(n);
  const byLim = new Int32Array(n);
  const visited = new Uint8Array(n);
  const stackNode = new Int32Array(n);
  const stackNext = new Int32Array(n);
  const number = (root: number, rootParent: number, first: number): void => {
    let depth = 0;
    stackNode[0] = root;
    stackNext[0] = 0;
    parentEdge[root] = rootParent;
    low[root] = first;
    let next = first;
    while (depth >= 0) {
      const v = stackNode[depth]!;
      const i = stackNext[depth]!;
      const list = treeOf[v]!;
      if (i < list.length) {
        stackNext[depth] = i + 1;
        const e = list[i]!;
        if (e === parentEdge[v]) continue;
        const w = other(e, v);
        parentEdge[w] = e;
        low[w] = next;
        depth++;
        stackNode[depth] = w;
        stackNext[depth] = 0;
        continue;
      }
      depth--;
      lim[v] = next;
      byLim[next] = v;
      next++;
    }
  };
  const inSubtree = (v: number, root: number) => low[root]! <= lim[v]! && lim[v]! <= lim[root]!;

  // Components are ranked separately: each gets its own tree, numbered in its own lim range.
  const cut = new Float64Array(m);
  const rootOf = new Int32Array(n);
  let first = 0;
  for (let root = 0; root < n; root++) {
    if (visited[root]) continue;
    number(root, -1, first);
    for (let i = first; i <= lim[root]!; i++) {
      visited[byLim[i]!] = 1;
      rootOf[byLim[i]!] = root;
    }
    for (let i = first; i < lim[root]!; i++) cut[parentEdge[byLim[i]!]!] = cutValue(byLim[i]!);
    first = lim[root]! + 1;
  }

  /** Cut value of the tree edge above `v`, from the cut values of the tree edges below it. */
  function cutValue(v: number): number {
    const e = parentEdge[v]!;
    const vIsTail = tails[e] === v;
    let value = 1;
    for (const f of incident[v]!) {
      if (f === e) continue;
      const outward = tails[f] === v;
      const pointsToHead = outward === vIsTail;
      value += pointsToHead ? 1 : -1;
      if (inTree[f] && parentEdge[other(f, v)] === f) value += pointsToHead ? -cut[f]! : cut[f]!;
    }
    return value;
  }

  let cursor = 0;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const leaving = leaveEdge();
    if (leaving < 0) return { iterations, optimal: true };
    exchange(leaving, enterEdge(leaving));
  }
  return { iterations, optimal: leaveEdge() < 0 };

  function leaveEdge(): number {
    const size = treeEdges.length;
    for (let k = 0; k < size; k++) {
      const i = (cursor + k) % size;
      if (cut[treeEdges[i]!]! < 0) {
        cursor = i;
        return treeEdges[i]!;
      }
    }
    return -1;
  }

  /** The non-tree edge of least slack from the head component of `e` to its tail component. */
  function enterEdge(e: number): number {
    const tailBelow = lim[tails[e]!]! < lim[heads[e]!]!;
    const below = tailBelow ? tails[e]! : heads[e]!;
    // Wanted: tail in the head component, head in the tail component.
    const wantTailInside = !tailBelow;
    let best = -1;
    let bestSlack = Infinity;
    const consider = (f: number) => {
      if (inTree[f]) return;
      const tailInside = inSubtree(tails[f]!, below);
      const headInside = inSubtree(heads[f]!, below);
      if (tailInside !== wantTailInside || headInside === wantTailInside) return;
      const s = slack(f);
      if (s < bestSlack) {
        bestSlack = s;
        best = f;
      }
    };
    const root = rootOf[below]!;
    const insideSize = lim[below]! - low[below]! + 1;
    const componentSize = lim[root]! - low[root]! + 1;
    if (insideSize * 2 <= componentSize) {
      for (let i = low[below]!; i <= lim[below]! && bestSlack > 0; i++)
        for (const f of incident[byLim[i]!]!) consider(f);
    } else {
      for (let i = low[root]!; i < low[below]! && bestSlack > 0; i++) for (const f of incident[byLim[i]!]!) consider(f);
      for (let i = lim[below]! + 1; i <= lim[root]! && bestSlack > 0; i++)
        for (const f of incident[byLim[i]!]!) consider(f);
    }
    if (best < 0) throw new Error('network simplex: no entering edge (the ranking was not feasible)');
    return best;
  }

  function exchange(e: number, f: number): void {
    const delta = slack(f);
    // f goes from e's head component to its tail component: the head component moves down by
    // delta relative to the tail component, which makes f tight. The smaller side moves.
    const tailBelow = lim[tails[e]!]! < lim[heads[e]!]!;
    const below = tailBelow ? tails[e]! : heads[e]!;
    if (delta > 0) {
      const shift = tailBelow ? -delta : delta;
      const root = rootOf[below]!;
      if (2 * (lim[below]! - low[below]! + 1) <= lim[root]! - low[root]! + 1) {
        for (let i = low[below]!; i <= lim[below]!; i++) rank[byLim[i]!]! += shift;
      } else {
        for (let i = low[root]!; i < low[below]!; i++) rank[byLim[i]!]! -= shift;
        for (let i = lim[below]! + 1; i <= lim[root]!; i++) rank[byLim[i]!]! -= shift;
      }
    }
    const value = cut[e]!;
    const lca = updateCuts(tails[f]!, heads[f]!, value, true);
    if (updateCuts(heads[f]!, tails[f]!, value, false) !== lca) throw new Error('network simplex: mismatched tree');
    cut[f] = -value;
    cut[e] = 0;
    inTree[e] = 0;
    inTree[f] = 1;
    removeFrom(treeOf[tails[e]!]!, e);
    removeFrom(treeOf[heads[e]!]!, e);
    treeOf[tails[f]!]!.push(f);
    treeOf[heads[f]!]!.push(f);
    treeEdges[treePosition[e]!] = f;
    treePosition[f] = treePosition[e]!;
    treePosition[e] = -1;
    number(lca, parentEdge[lca]!, low[lca]!);
  }

  /** Adds or subtracts `value` along the tree path from `v` up to the first node above `w`. */
  function updateCuts(v: number, w: number, value: number, dir: boolean): number {
    while (!inSubtree(w, v)) {
      const e = parentEdge[v]!;
      const d = v === tails[e] ? dir : !dir;
      cut[e] = cut[e]! + (d ? value : -value);
      v = lim[tails[e]!]! > lim[heads[e]!]! ? tails[e]! : heads[e]!;
    }
    return v;
  }
}

function removeFrom(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}
