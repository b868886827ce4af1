/**
 * Generational layout: one row per generation (ancestors on top), and within each row an order
 * that keeps couples side by side, siblings together in birth order, and few crossings.
 *
 * 1. Initial order: a depth-first walk from the oldest people through their family units, so
 *    each couple is placed together and followed by their children.
 * 2. Barycentre sweeps, alternating down (a block follows its members' parents) and up (a block
 *    follows its members' children). A block is a couple, or a chain of partners in one row,
 *    kept contiguous. Blocks are sorted by where they want to be, then placed exactly as close to
 *    that as minimum gaps allow (see isotonic.ts), so rows are centred under their parents.
 */
import type { FamilyGraph } from './types.js';
import type { FamilyUnit } from './families.js';
import { placeInOrder } from './isotonic.js';

export interface Point {
  x: number;
  y: number;
}

export interface GenerationalLayoutOptions {
  /** Distance between two rows. */
  rowGap?: number;
  /** Distance between two partners; other neighbours get 1.5 times this. */
  columnGap?: number;
  /** Number of down+up sweep pairs. */
  sweeps?: number;
}

interface Model {
  keys: string[];
  gen: number[];
  parents: number[][];
  children: number[][];
  blocks: number[][];
  /** The block of each node. */
  blockOf: number[][];
  /** Position of each node among its full siblings (birth order), to break ties. */
  birthRank: number[];
  rows: number[][];
  x: number[];
}

export function generationalLayout(
  graph: FamilyGraph,
  generations: ReadonlyMap<string, number>,
  units: readonly FamilyUnit[],
  options: GenerationalLayoutOptions = {},
): Map<string, Point> {
  const rowGap = options.rowGap ?? 150;
  const columnGap = options.columnGap ?? 50;
  const model = buildModel(graph, generations, units);
  initialOrder(model, units);
  const sweeps = options.sweeps ?? 4;
  for (let i = 0; i < sweeps; i++) {
    sweep(model, 'down');
    sweep(model, 'up');
  }
  sweep(model, 'down');
  const points = new Map<string, Point>();
  let shift = Infinity;
  for (const x of model.x) shift = Math.min(shift, x);
  model.keys.forEach((key, v) =>
    points.set(key, { x: round((model.x[v]! - shift) * columnGap), y: -model.gen[v]! * rowGap || 0 }),
  );
  return points;
}

function buildModel(graph: FamilyGraph, generations: ReadonlyMap<string, number>, units: readonly FamilyUnit[]): Model {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const gen = keys.map((k) => generations.get(k) ?? 0);
  const parents: number[][] = keys.map(() => []);
  const children: number[][] = keys.map(() => []);
  graph.forEachDirectedEdge((_e, _a, source, target) => {
    parents[index.get(target)!]!.push(index.get(source)!);
    children[index.get(source)!]!.push(index.get(target)!);
  });
  // Blocks: partners (co-parents or spouses) in the same row, joined transitively.
  const link = keys.map((_k, i) => i);
  const find = (v: number): number => {
    while (link[v] !== v) v = link[v] = link[link[v]!]!;
    return v;
  };
  const partners: number[][] = keys.map(() => []);
  for (const unit of units) {
    if (unit.parents.length !== 2) continue;
    const a = index.get(unit.parents[0]!)!;
    const b = index.get(unit.parents[1]!)!;
    if (gen[a] !== gen[b] || partners[a]!.includes(b)) continue;
    partners[a]!.push(b);
    partners[b]!.push(a);
    link[find(a)] = find(b);
  }
  const groups = new Map<number, number[]>();
  keys.forEach((_k, v) => {
    const root = find(v);
    const group = groups.get(root);
    if (group) group.push(v);
    else groups.set(root, [v]);
  });
  const blocks = [...groups.values()].map((members) => chainOrder(members, partners));
  const blockOf = new Array<number[]>(keys.length);
  for (const block of blocks) for (const v of block) blockOf[v] = block;
  const birthRank = new Array<number>(keys.length).fill(0);
  for (const unit of units) unit.children.forEach((c, i) => (birthRank[index.get(c)!] = i));
  return {
    keys,
    gen,
    parents,
    children,
    blocks,
    blockOf,
    birthRank,
    rows: [],
    x: new Array<number>(keys.length).fill(0),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Breadth-first from the member with fewest partners: a chain of marriages comes out in order. */
function chainOrder(members: number[], partners: number[][]): number[] {
  if (members.length <= 2) return members;
  const start = members.reduce((a, b) => (partners[b]!.length < partners[a]!.length ? b : a));
  const seen = new Set([start]);
  const order = [start];
  for (let head = 0; head < order.length; head++) {
    for (const p of partners[order[head]!]!) {
      if (seen.has(p)) continue;
      seen.add(p);
      order.push(p);
    }
  }
  return order;
}

/** Depth-first preorder through family units from the top rows down; sets rows and x. */
function initialOrder(model: Model, units: readonly FamilyUnit[]): void {
  const index = new Map(model.keys.map((k, i) => [k, i]));
  const blockOf = model.blockOf;
  const unitsOf: number[][][] = model.keys.map(() => []);
  for (const unit of units) {
    const kids = unit.children.map((c) => index.get(c)!);
    for (const p of unit.parents) unitsOf[index.get(p)!]!.push(kids);
  }
  const rank = new Array<number>(model.keys.length).fill(-1);
  let next = 0;
  const starts = model.keys.map((_k, i) => i).sort((a, b) => model.gen[a]! - model.gen[b]! || a - b);
  for (const start of starts) {
    const stack = [start];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (rank[v]! >= 0) continue;
      const block = blockOf[v]!;
      for (const m of block) rank[m] = next++;
      const kids: number[] = [];
      for (const m of block) for (const list of unitsOf[m]!) kids.push(...list);
      for (let i = kids.length - 1; i >= 0; i--) if (rank[kids[i]!]! < 0) stack.push(kids[i]!);
    }
  }
  const rows = new Map<number, number[]>();
  for (const block of [...model.blocks].sort((a, b) => rank[a[0]!]! - rank[b[0]!]!)) {
    const row = model.gen[block[0]!]!;
    const list = rows.get(row);
    if (list) list.push(...block);
    else rows.set(row, [...block]);
  }
  model.rows = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  for (const row of model.rows) row.forEach((v, i) => (model.x[v] = i * 1.5));
}

function sweep(model: Model, direction: 'down' | 'up'): void {
  const rows = direction === 'down' ? model.rows : [...model.rows].reverse();
  for (const row of rows) {
    const blocks: number[][] = [];
    const seen = new Set<number>();
    for (const v of row) {
      if (seen.has(v)) continue;
      const block = model.blockOf[v]!;
      block.forEach((m) => seen.add(m));
      blocks.push(block);
    }
    const wanted = blocks.map((block) => desiredCentre(model, block, direction));
    // Sorted by where the block's people want to be; full siblings (equal keys) by birth.
    const order = blocks
      .map((_b, i) => i)
      .sort((a, b) => wanted[a]!.key - wanted[b]!.key || wanted[a]!.rank - wanted[b]!.rank || a - b);
    const sorted = order.map((i) => blocks[i]!);
    const gaps = sorted.map((block, i) => {
      const nextBlock = sorted[i + 1];
      return nextBlock ? (block.length - 1) / 2 + (nextBlock.length - 1) / 2 + 1.5 : 0;
    });
    const centres = placeInOrder(
      order.map((i) => wanted[i]!.centre),
      order.map((i) => wanted[i]!.weight),
      gaps,
    );
    row.length = 0;
    sorted.forEach((block, i) => {
      block.forEach((m, j) => {
        model.x[m] = centres[i]! + j - (block.length - 1) / 2;
        row.push(m);
      });
    });
  }
}

interface Wish {
  /** Where the block's centre should go (each member under/over its neighbours). */
  centre: number;
  weight: number;
  /** Sort key: the members' neighbours' mean x, without the offsets inside the block. */
  key: number;
  rank: number;
}

/** Where a block wants to be: the mean over members of their neighbours' mean x. */
function desiredCentre(model: Model, block: number[], direction: 'down' | 'up'): Wish {
  let sum = 0;
  let key = 0;
  let weight = 0;
  let rank = Infinity;
  block.forEach((m, j) => {
    const neighbours = direction === 'down' ? model.parents[m]! : model.children[m]!;
    if (neighbours.length === 0) return;
    let mean = 0;
    for (const w of neighbours) mean += model.x[w]!;
    mean /= neighbours.length;
    sum += mean - (j - (block.length - 1) / 2);
    key += mean;
    weight += 1;
    if (direction === 'down') rank = Math.min(rank, model.birthRank[m]!);
  });
  if (weight > 0) return { centre: sum / weight, weight, key: key / weight, rank: rank === Infinity ? 0 : rank };
  const current = block.reduce((acc, m) => acc + model.x[m]!, 0) / block.length;
  return { centre: current, weight: 0.01, key: current, rank: 0 };
}
