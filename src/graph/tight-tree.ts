/**
 * The feasible tree the network simplex starts from: for each connected component, a spanning
 * tree whose edges are all tight (rank[head] - rank[tail] = 1), found by growing a tree over
 * tight edges and, when it is stuck, shifting the whole tree by the least slack of an edge
 * leaving it so that this edge becomes tight (Gansner et al., "feasible_tree"). The shift is
 * kept as one offset for the tree and the boundary edges sit in two heaps keyed so that the
 * offset does not reorder them: O(E log E) per component, where the textbook loop is O(V E).
 */
import { MinHeap } from './min-heap.js';

export function spanningTightTree(
  n: number,
  tails: readonly number[],
  heads: readonly number[],
  incident: readonly number[][],
  rank: number[],
): Uint8Array {
  const inTree = new Uint8Array(tails.length);
  const placed = new Uint8Array(n);
  const base = new Float64Array(n); // a placed node's rank is base + offset
  for (let start = 0; start < n; start++) {
    if (placed[start]) continue;
    let offset = 0;
    // Boundary edges: from the tree down (slack = key - offset), from outside up into it (key + offset).
    const down = new MinHeap();
    const up = new MinHeap();
    const members: number[] = [];
    const queue: number[] = [];
    const place = (v: number) => {
      placed[v] = 1;
      base[v] = rank[v]! - offset;
      members.push(v);
      queue.push(v);
    };
    place(start);
    for (;;) {
      while (queue.length > 0) {
        const v = queue.pop()!;
        for (const e of incident[v]!) {
          const t = tails[e]!;
          const h = heads[e]!;
          const w = t === v ? h : t;
          if (placed[w]) continue;
          const vRank = base[v]! + offset;
          const slack = t === v ? rank[h]! - vRank - 1 : vRank - rank[t]! - 1;
          if (slack === 0) {
            inTree[e] = 1;
            place(w);
          } else if (t === v) down.push(rank[h]! - base[v]! - 1, e);
          else up.push(base[v]! - rank[t]! - 1, e);
        }
      }
      const nextDown = popBoundary(down, placed, tails, heads);
      const nextUp = popBoundary(up, placed, tails, heads);
      if (nextDown < 0 && nextUp < 0) break;
      const slackDown = nextDown < 0 ? Infinity : down.peekKey() - offset;
      const slackUp = nextUp < 0 ? Infinity : up.peekKey() + offset;
      const e = slackDown <= slackUp ? down.pop() : up.pop();
      // Shift the tree so that e becomes tight: down by the slack for an edge leaving downwards.
      offset += slackDown <= slackUp ? slackDown : -slackUp;
      inTree[e] = 1;
      place(placed[tails[e]!] ? heads[e]! : tails[e]!);
    }
    for (const v of members) rank[v] = base[v]! + offset;
  }
  return inTree;
}

/** Drops heap entries whose two ends are both in the tree; returns the top edge or -1. */
function popBoundary(heap: MinHeap, placed: Uint8Array, tails: readonly number[], heads: readonly number[]): number {
  while (heap.size > 0) {
    const e = heap.peekValue();
    if (!(placed[tails[e]!] && placed[heads[e]!])) return e;
    heap.pop();
  }
  return -1;
}
