/**
 * Lowest common ancestors, read per pair of lines (kinship.md): a pair of lines, one from A and
 * one from B, that share no person but the ancestor C they reach is one route of relationship,
 * and C is the lowest common ancestor of that pair even when, by other lines, a descendant of C
 * is also a common ancestor. Naming, couples and the path sum all read the same pairs. Pure.
 *
 * Lines are not compared one by one: two lines can only share common ancestors of A and B, so
 * the lines reaching C are grouped into classes that agree on everything a pair's name and
 * validity depend on (the person below C, the length, the link kinds, and the set of common
 * ancestors below C on the line). A pair of classes stands for count × count pairs of lines.
 */
import type { LinkKind } from './link-kind.js';
import { linesFrom, type LineTrie } from './lines.js';
import type { Pedigree } from './pedigree.js';

/** Lines kept per person at most (a guard against absurd data; 2^20). */
export const MAX_LINES = 1_048_576;
/** Pairs of line classes considered at most (a guard: the royal data at 30 generations needs 13 million). */
export const MAX_CLASS_PAIRS = 500_000_000;
/** Lines of a class kept as examples. */
export const SAMPLE_LINES = 8;

/** Lines from one person to one ancestor that any line from the other person treats alike. */
export interface LineClass {
  /** The person just below the ancestor on these lines; -1 when the line is the person alone. */
  child: number;
  /** Generations. */
  length: number;
  /** Largest link kind below the last link, and the kind of the last link (child -> ancestor). */
  kindBelow: LinkKind;
  lastLink: LinkKind;
  /** How many lines the class holds. */
  count: number;
  /** Some of them (trie nodes), at most SAMPLE_LINES. */
  samples: number[];
  /** Common ancestors below the top on these lines (positions in `MeetingWalk.common`), from the person up. */
  below: number[];
}

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
  const classesA = classify(pedigree, linesA, position);
  const classesB = classify(pedigree, linesB, position);
  let budget = limits.maxClassPairs ?? MAX_CLASS_PAIRS;
  let complete = linesA.complete && linesB.complete;
  for (const ancestor of common) {
    const onA = classesA.get(ancestor) ?? [];
    const onB = classesB.get(ancestor) ?? [];
    if (onA.length === 0 || onB.length === 0) continue;
    if (budget < onA.length * onB.length) {
      complete = false;
      break;
    }
    budget -= onA.length * onB.length;
    const words = Math.ceil(onB.length / 32);
    const holding = indexByCommon(onB, words);
    const meets = new Uint32Array(words);
    for (const x of onA) {
      meets.fill(0);
      for (const k of x.below) {
        const classes = holding.get(k);
        if (classes) for (let w = 0; w < words; w += 1) meets[w]! |= classes[w]!;
      }
      for (let j = 0; j < onB.length; j += 1) {
        if ((meets[j >>> 5]! & (1 << (j & 31))) === 0) visit(ancestor, x, onB[j]!);
      }
    }
  }
  return { linesA, linesB, common, complete };
}

/** For each common ancestor, the classes (a bit set over `classes`) whose lines pass through it. */
function indexByCommon(classes: readonly LineClass[], words: number): Map<number, Uint32Array> {
  const holding = new Map<number, Uint32Array>();
  classes.forEach((line, j) => {
    for (const k of line.below) {
      let set = holding.get(k);
      if (!set) holding.set(k, (set = new Uint32Array(words)));
      set[j >>> 5]! |= 1 << (j & 31);
    }
  });
  return holding;
}

/**
 * The lines ending at each common ancestor, grouped into classes. The list of common ancestors
 * below the top of a line is interned (one number per distinct list), so a class key is short.
 */
function classify(pedigree: Pedigree, trie: LineTrie, position: Int32Array): Map<number, LineClass[]> {
  const listOf = new Int32Array(trie.size).fill(-1); // per trie node on a common ancestor: its interned list below
  const lists = new Interned(pedigree.ids.length);
  const byAncestor = new Map<number, Map<number, LineClass>>();
  const people = pedigree.ids.length + 1;
  for (let node = 0; node < trie.size; node += 1) {
    const person = trie.person[node]!;
    if (position[person]! < 0) continue;
    const lower = trie.below[node]!;
    const child = lower < 0 ? -1 : trie.person[lower]!;
    const list = child >= 0 && position[child]! >= 0 ? lists.extend(listOf[lower]!, position[child]!) : -1;
    listOf[node] = list;
    const kindBelow = (lower < 0 ? 0 : trie.kind[lower]!) as LinkKind;
    const lastLink = (child < 0 ? 0 : pedigree.parents[child]!.find((l) => l.parent === person)!.kind) as LinkKind;
    // child, length, kinds and list as one number (exact: far below 2^53 for any real pedigree)
    const key = (((list + 1) * people + child + 1) * 256 + trie.length[node]!) * 9 + kindBelow * 3 + lastLink;
    let classes = byAncestor.get(person);
    if (!classes) byAncestor.set(person, (classes = new Map()));
    const found = classes.get(key);
    if (found) {
      found.count += 1;
      if (found.samples.length < SAMPLE_LINES) found.samples.push(node);
    } else {
      const below = lists.items(list);
      classes.set(key, { child, length: trie.length[node]!, kindBelow, lastLink, count: 1, samples: [node], below });
    }
  }
  return new Map([...byAncestor].map(([ancestor, classes]) => [ancestor, [...classes.values()]]));
}

/** Lists of numbers built by appending to a shorter list, each distinct list stored once. */
class Interned {
  private readonly ids = new Map<number, number>();
  private readonly previous: number[] = [];
  private readonly last: number[] = [];

  /** @param range items are whole numbers below it */
  constructor(private readonly range: number) {}

  /** The list `list` (-1: empty) with `item` appended. */
  extend(list: number, item: number): number {
    const key = (list + 1) * this.range + item;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.previous.length;
      this.ids.set(key, id);
      this.previous.push(list);
      this.last.push(item);
    }
    return id;
  }

  items(list: number): number[] {
    const items: number[] = [];
    for (let at = list; at >= 0; at = this.previous[at]!) items.push(this.last[at]!);
    return items.reverse();
  }
}
