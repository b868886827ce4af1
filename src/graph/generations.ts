/**
 * Generation rows: parents above their children, the seed of each connected part of the graph
 * on row 0, ancestors negative, descendants positive. DOT ranks, the GEXF/GraphML `generation`
 * attribute and the y positions all come from these rows.
 *
 * 1. Longest-path layering: every child one row below their lowest parent (as high as possible),
 *    then every parent down to just above their highest child (step 3), a good start for:
 * 2. Network simplex (network-simplex.ts): the rows that make the parent links as short as
 *    possible in total while keeping every child below their parents. This moves whole branches:
 *    a half-sibling's family that the longest path left high up follows its parent down to the
 *    rows of the relatives it married into, so the parent no longer sits two rows above a child.
 * 3. Every parent moves down to just above their highest child, children first (a single pass
 *    in reverse topological order is stable): no parent sits more than one row above all of
 *    their children. A parent's own parent links may stretch instead; that is the price when a
 *    family married across generations (an uncle and his niece, cousins a generation apart).
 * 4. People with neither parents nor children in the graph take the row of a spouse.
 * 5. Each weakly connected part is shifted so that its anchor (its first seed, else the person
 *    closest to a seed) is on row 0.
 *
 * What the data forces is reported: parent links that close a cycle (ignored for layering) and
 * parent links that still span more than one row after all this (`stretched`).
 */
import { buildGenerationDag, type GenerationDag } from './generation-dag.js';
import { minimizeTotalSpan } from './network-simplex.js';
import type { FamilyGraph } from './types.js';

export interface StretchedLink {
  /** The parent edge's key. */
  edge: string;
  parent: string;
  child: string;
  /** Rows between parent and child (2 or more). */
  rows: number;
}

export interface Generations {
  /** Generation row per node key. */
  generation: Map<string, number>;
  /** Parent edges ignored because they close a cycle (empty for sound data). */
  ignoredEdges: string[];
  /** Parent links that span more than one row: the data allows no better. */
  stretched: StretchedLink[];
  /** False when the network simplex hit its iteration cap (huge graphs); rows are still valid. */
  optimal: boolean;
}

export function computeGenerations(graph: FamilyGraph): Map<string, number> {
  return layerGenerations(graph).generation;
}

export function layerGenerations(graph: FamilyGraph): Generations {
  const dag = buildGenerationDag(graph);
  const n = dag.keys.length;
  const gen = new Array<number>(n).fill(0);
  for (const v of dag.order) {
    let g = 0;
    for (const p of dag.parents[v]!) g = Math.max(g, gen[p]! + 1);
    gen[v] = g;
  }
  const tails: number[] = [];
  const heads: number[] = [];
  dag.children.forEach((kids, p) => {
    for (const c of kids) {
      tails.push(p);
      heads.push(c);
    }
  });
  parentsDown(dag, gen);
  const { optimal } = minimizeTotalSpan(n, tails, heads, gen);
  parentsDown(dag, gen);
  alignLoners(dag, gen);
  anchorComponents(graph, dag, gen);
  const generation = new Map<string, number>();
  dag.keys.forEach((key, i) => generation.set(key, gen[i]!));
  return { generation, ignoredEdges: dag.ignoredEdges, stretched: stretchedLinks(graph, generation), optimal };
}

/** Every parent just above their highest child, children first (one pass is stable). */
function parentsDown(dag: GenerationDag, gen: number[]): void {
  for (let i = dag.order.length - 1; i >= 0; i--) {
    const v = dag.order[i]!;
    const kids = dag.children[v]!;
    if (kids.length === 0) continue;
    let highest = Infinity;
    for (const c of kids) highest = Math.min(highest, gen[c]!);
    gen[v] = highest - 1;
  }
}

function stretchedLinks(graph: FamilyGraph, generation: ReadonlyMap<string, number>): StretchedLink[] {
  const stretched: StretchedLink[] = [];
  graph.forEachDirectedEdge((edge, _attrs, parent, child) => {
    const rows = generation.get(child)! - generation.get(parent)!;
    if (rows > 1) stretched.push({ edge, parent, child, rows });
  });
  return stretched;
}

/** People with no parent or child in the graph take the row of a spouse who has one. */
function alignLoners(dag: GenerationDag, gen: number[]): void {
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
function anchorComponents(graph: FamilyGraph, dag: GenerationDag, gen: number[]): void {
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
