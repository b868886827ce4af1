/**
 * Number of descendants of each person within the graph (children, grandchildren... through
 * parent edges), used to size nodes. Exact (each descendant counted once, even when reached
 * along several lines through pedigree collapse) while the work stays within a budget
 * proportional to the graph; past it, the count falls back to the tree sum
 * children + their descendants, which counts a collapsed line twice but is linear.
 * Cycles in bad data cannot make either loop forever.
 */
import type { FamilyGraph } from './types.js';

export function countDescendants(
  graph: FamilyGraph,
  budget = 30 * (graph.order + graph.size) + 1_000_000,
): Map<string, number> {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const children: number[][] = keys.map(() => []);
  graph.forEachDirectedEdge((_e, _a, source, target) => children[index.get(source)!]!.push(index.get(target)!));
  const counts = exactCounts(children, budget) ?? treeSums(children);
  return new Map(keys.map((k, i) => [k, counts[i]!]));
}

function exactCounts(children: number[][], budget: number): number[] | null {
  const n = children.length;
  const mark = new Int32Array(n).fill(-1);
  const counts = new Array<number>(n).fill(0);
  const stack: number[] = [];
  let work = 0;
  for (let v = 0; v < n; v++) {
    if (children[v]!.length === 0) continue;
    mark[v] = v;
    stack.push(v);
    let count = 0;
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const c of children[u]!) {
        if (++work > budget) return null;
        if (mark[c] === v) continue;
        mark[c] = v;
        count++;
        stack.push(c);
      }
    }
    counts[v] = count;
  }
  return counts;
}

/** Post-order sums over a depth-first walk; an edge back into the current path is skipped. */
function treeSums(children: number[][]): number[] {
  const n = children.length;
  const state = new Uint8Array(n); // 0 new, 1 on path, 2 done
  const counts = new Array<number>(n).fill(0);
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    const stack: Array<[number, number]> = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, i] = top;
      const kids = children[v]!;
      if (i < kids.length) {
        top[1] = i + 1;
        const c = kids[i]!;
        if (state[c] === 0) {
          state[c] = 1;
          stack.push([c, 0]);
        }
        continue;
      }
      stack.pop();
      state[v] = 2;
      let sum = 0;
      for (const c of kids) if (state[c] === 2 && c !== v) sum += 1 + counts[c]!;
      counts[v] = sum;
    }
  }
  return counts;
}
