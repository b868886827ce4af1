/**
 * Lowest common ancestors, read per pair of lines (kinship.md): a pair of lines, one from A and
 * one from B, that share no person but the ancestor C they reach is one route of relationship,
 * and C is the lowest common ancestor of that pair even when, by other lines, a descendant of C
 * is also a common ancestor. Naming, couples and the path sum all read the same pairs. Pure.
 *
 * Lines are not compared one by one: two lines can only share common ancestors of A and B, so
 * the lines reaching C are grouped into classes (line-classes.ts), and per C the classes of B are
 * indexed by the common ancestors on them.
 */
import { classify, Interned, type LineClass } from './line-classes.js';
import { linesFrom, type LineTrie } from './lines.js';
import type { Pedigree } from './pedigree.js';

/** Lines kept per person at most (a guard against absurd data; 2^20). */
export const MAX_LINES = 1_048_576;
/** Pairs of line classes considered at most (a guard: the royal data at 30 generations needs 13 million). */
export const MAX_CLASS_PAIRS = 500_000_000;

export interface MeetingWalk {
  linesA: LineTrie;
  linesB: LineTrie;
  /** Ancestors of both (each person counts as their own ancestor), pedigree indices. */
  common: number[];
  /** False when a cap (lines per person, class pairs) stopped the walk. */
  complete: boolean;
}

/** Everyone who is an ancestor of both `a` and `b` (each counts as their own ancestor). */
export function commonAncestors(pedigree: Pedigree, a: number, b: number): number[] {
  const ofA = ancestorsOf(pedigree, a);
  const ofB = ancestorsOf(pedigree, b);
  const common: number[] = [];
  for (let i = 0; i < ofA.length; i += 1) if (ofA[i] && ofB[i]) common.push(i);
  return common;
}

function ancestorsOf(pedigree: Pedigree, root: number): Uint8Array {
  const seen = new Uint8Array(pedigree.ids.length);
  seen[root] = 1;
  for (let i = root; i >= 0; i -= 1) {
    if (!seen[i]) continue;
    for (const link of pedigree.parents[i]!) seen[link.parent] = 1;
  }
  return seen;
}

/**
 * Calls `visit(ancestor, classA, classB)` for every pair of line classes whose lines meet only
 * at `ancestor`: count(classA) × count(classB) pairs of lines with that lowest common ancestor.
 * Per ancestor, the classes of B's side are indexed by the common ancestors on them, so the
 * classes of B that share nobody with a class of A are found without comparing them one by one.
 */
export function forEachMeetingPair(
  pedigree: Pedigree,
  a: number,
  b: number,
  visit: (ancestor: number, lineA: LineClass, lineB: LineClass) => void,
  limits: { maxLines?: number; maxClassPairs?: number } = {},
): MeetingWalk {
  const common = commonAncestors(pedigree, a, b);
  const wanted = new Set(common);
  const maxLines = limits.maxLines ?? MAX_LINES;
  const linesA = linesFrom(pedigree, a, wanted, maxLines);
  const linesB = linesFrom(pedigree, b, wanted, maxLines);
  const position = new Int32Array(pedigree.ids.length).fill(-1);
  common.forEach((person, k) => (position[person] = k));
  const lists = new Interned(pedigree.ids.length);
  const classesA = classify(pedigree, linesA, position, lists);
  const classesB = classify(pedigree, linesB, position, lists);
  let budget = limits.maxClassPairs ?? MAX_CLASS_PAIRS;
  let complete = linesA.complete && linesB.complete;
  const index = new CommonIndex(common.length, lists);
  for (const ancestor of common) {
    const onA = classesA.get(ancestor) ?? [];
    const onB = classesB.get(ancestor) ?? [];
    if (onA.length === 0 || onB.length === 0) continue;
    if (budget < onA.length * onB.length) {
      complete = false;
      break;
    }
    budget -= onA.length * onB.length;
    index.build(onB);
    for (const x of onA) {
      const meets = index.meeting(x.belowList);
      // the classes of B whose bit is still clear share nobody with x: visit only those
      for (let w = 0; w < index.words; w += 1) {
        const used = Math.min(32, onB.length - w * 32);
        let free = ~meets[w]! & (used === 32 ? 0xffffffff : (1 << used) - 1);
        while (free !== 0) {
          const bit = 31 - Math.clz32(free & -free);
          visit(ancestor, x, onB[w * 32 + bit]!);
          free &= free - 1;
        }
      }
    }
  }
  return { linesA, linesB, common, complete };
}

/**
 * For one ancestor: which of B's line classes pass through each common ancestor (a bit set over
 * the classes per common ancestor), in buffers reused from one ancestor to the next.
 */
class CommonIndex {
  words = 0;
  private readonly row: Int32Array;
  private touched: number[] = [];
  private sets = new Uint32Array(0);
  private meets = new Uint32Array(0);

  constructor(
    commonCount: number,
    private readonly lists: Interned,
  ) {
    this.row = new Int32Array(commonCount).fill(-1);
  }

  build(classes: readonly LineClass[]): void {
    for (const k of this.touched) this.row[k] = -1;
    this.touched = [];
    this.words = Math.ceil(classes.length / 32);
    const { previous, last } = this.lists;
    for (const line of classes) {
      for (let at = line.belowList; at >= 0; at = previous[at]!) {
        const k = last[at]!;
        if (this.row[k]! >= 0) continue;
        this.row[k] = this.touched.length;
        this.touched.push(k);
      }
    }
    const size = this.touched.length * this.words;
    if (this.sets.length < size) this.sets = new Uint32Array(size * 2);
    else this.sets.fill(0, 0, size);
    if (this.meets.length < this.words) this.meets = new Uint32Array(this.words * 2);
    classes.forEach((line, j) => {
      for (let at = line.belowList; at >= 0; at = previous[at]!) {
        this.sets[this.row[last[at]!]! * this.words + (j >>> 5)]! |= 1 << (j & 31);
      }
    });
  }

  /** The classes (bit set) that share a common ancestor with a line whose commons below are `list`. */
  meeting(list: number): Uint32Array {
    const { words, sets, meets } = this;
    const { previous, last } = this.lists;
    meets.fill(0, 0, words);
    for (let at = list; at >= 0; at = previous[at]!) {
      const row = this.row[last[at]!]!;
      if (row < 0) continue;
      const start = row * words;
      for (let w = 0; w < words; w += 1) meets[w]! |= sets[start + w]!;
    }
    return meets;
  }
}
