import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { minimizeTotalSpan } from '../../src/graph/network-simplex.js';

/** The least total span over every feasible ranking with ranks 0..n-1 (brute force). */
function bruteForce(n: number, tails: number[], heads: number[]): number {
  let best = Infinity;
  const rank = new Array<number>(n).fill(0);
  const visit = (v: number): void => {
    if (v === n) {
      let total = 0;
      for (let e = 0; e < tails.length; e++) {
        const span = rank[heads[e]!]! - rank[tails[e]!]!;
        if (span < 1) return;
        total += span;
      }
      best = Math.min(best, total);
      return;
    }
    for (let r = 0; r < n; r++) {
      rank[v] = r;
      visit(v + 1);
    }
  };
  visit(0);
  return best;
}

/** Random DAGs: edges only from a lower to a higher index (pairs of equal ends dropped). */
const dags = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 12 }),
      stretch: fc.array(fc.nat(3), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ n, pairs, stretch }) => {
    const keys = new Set(pairs.filter(([a, b]) => a !== b).map(([a, b]) => `${Math.min(a, b)} ${Math.max(a, b)}`));
    const edges = [...keys].map((k) => k.split(' ').map(Number) as [number, number]);
    return { n, edges, stretch };
  });

describe('minimizeTotalSpan (network simplex)', () => {
  it('reaches the least total span of a brute-force search, keeping every edge pointing down', () => {
    fc.assert(
      fc.property(dags, ({ n, edges, stretch }) => {
        const tails = edges.map((e) => e[0]);
        const heads = edges.map((e) => e[1]);
        // A feasible but poor start: longest path plus random extra gaps.
        const rank = new Array<number>(n).fill(0);
        for (let v = 0; v < n; v++) {
          for (let e = 0; e < edges.length; e++) if (heads[e] === v) rank[v] = Math.max(rank[v]!, rank[tails[e]!]! + 1);
          rank[v]! += stretch[v]!;
        }
        const result = minimizeTotalSpan(n, tails, heads, rank);
        expect(result.optimal).toBe(true);
        let total = 0;
        for (let e = 0; e < edges.length; e++) {
          expect(rank[heads[e]!]! - rank[tails[e]!]!).toBeGreaterThanOrEqual(1);
          total += rank[heads[e]!]! - rank[tails[e]!]!;
        }
        expect(total).toBe(bruteForce(n, tails, heads));
      }),
      { numRuns: 150 },
    );
  });

  it('moves a whole branch: a half-sibling family follows its parent down', () => {
    // 0 = mother; 1 = her child by a first marriage, 2 = his child; 3 = her child by a second
    // marriage, pinned low by 4 -> 5 -> 6 -> 3 (the other parent's long line).
    const tails = [0, 1, 0, 4, 5, 6];
    const heads = [1, 2, 3, 5, 6, 3];
    const rank = [0, 1, 2, 4, 0, 1, 2];
    minimizeTotalSpan(7, tails, heads, rank);
    expect(rank[3]! - rank[0]!).toBe(1);
    expect(rank[1]! - rank[0]!).toBe(1);
    expect(rank[2]! - rank[1]!).toBe(1);
  });

  it('stops at its iteration cap with a feasible ranking', () => {
    // A DAG whose longest-path ranking needs network simplex iterations to be optimal.
    const tails = [3, 2, 0, 0, 1, 3, 1, 2];
    const heads = [5, 4, 5, 1, 3, 4, 2, 5];
    const capped = [0, 1, 2, 2, 3, 3];
    expect(minimizeTotalSpan(6, tails, heads, capped, 0)).toEqual({ iterations: 0, optimal: false });
    for (let e = 0; e < tails.length; e++) expect(capped[heads[e]!]! - capped[tails[e]!]!).toBeGreaterThanOrEqual(1);
    const free = [0, 1, 2, 2, 3, 3];
    const full = minimizeTotalSpan(6, tails, heads, free);
    expect(full.optimal).toBe(true);
    expect(full.iterations).toBeGreaterThan(0);
  });
});
