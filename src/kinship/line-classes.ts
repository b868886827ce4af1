/**
 * Lines from one person grouped into classes: the lines reaching one ancestor that every line from
 * the other person treats alike, because they agree on everything a pair's name and validity
 * depend on (the person below the ancestor, the length, the link kinds, and the set of common
 * ancestors below the top). A pair of classes stands for count x count pairs of lines. Pure.
 */
import type { LinkKind } from './link-kind.js';
import type { LineTrie } from './lines.js';
import type { Pedigree } from './pedigree.js';

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
  /** The common ancestors below the top on these lines, as a handle into the walk's interned lists (-1: none). */
  belowList: number;
}

/**
 * The lines ending at each common ancestor, grouped into classes. The list of common ancestors
 * below the top of a line is interned (one number per distinct list), so a class key is short.
 */
export function classify(
  pedigree: Pedigree,
  trie: LineTrie,
  position: Int32Array,
  lists: Interned,
): Map<number, LineClass[]> {
  const listOf = new Int32Array(trie.size).fill(-1); // per trie node on a common ancestor: its interned list below
  const shapes = new Interned(256, -2 - pedigree.ids.length); // (who is below, length)
  const kinds = new Interned(9); // (shape, link kinds)
  const byAncestor = new Map<number, Map<number, LineClass>>();
  for (let node = 0; node < trie.size; node += 1) {
    const person = trie.person[node]!;
    if (position[person]! < 0) continue;
    const lower = trie.below[node]!;
    const child = lower < 0 ? -1 : trie.person[lower]!;
    const list = child >= 0 && position[child]! >= 0 ? lists.extend(listOf[lower]!, position[child]!) : -1;
    listOf[node] = list;
    const kindBelow = (lower < 0 ? 0 : trie.kind[lower]!) as LinkKind;
    const lastLink = child < 0 ? 0 : linkKindBetween(pedigree, child, person);
    // a common child is the last of `list`; a child that is not common has nobody common below it
    const below = list >= 0 ? list : -2 - child;
    const key = kinds.extend(shapes.extend(below, trie.length[node]!), kindBelow * 3 + lastLink);
    let classes = byAncestor.get(person);
    if (!classes) byAncestor.set(person, (classes = new Map()));
    const found = classes.get(key);
    if (found) {
      found.count += 1;
      if (found.samples.length < SAMPLE_LINES) found.samples.push(node);
    } else {
      const length = trie.length[node]!;
      classes.set(key, { child, length, kindBelow, lastLink, count: 1, samples: [node], belowList: list });
    }
  }
  return new Map([...byAncestor].map(([ancestor, classes]) => [ancestor, [...classes.values()]]));
}

function linkKindBetween(pedigree: Pedigree, child: number, parent: number): LinkKind {
  for (const link of pedigree.parents[child]!) if (link.parent === parent) return link.kind;
  return 0;
}

/** Lists of numbers built by appending to a shorter list, each distinct list stored once. */
export class Interned {
  private readonly ids = new Map<number, number>();
  /** Per list: the list without its last item, and that item. */
  readonly previous: number[] = [];
  readonly last: number[] = [];

  private readonly offset: number;

  /**
   * @param range items are whole numbers below it
   * @param lowest the lowest list handle used (-1, or below for tags standing for themselves)
   */
  constructor(
    private readonly range: number,
    lowest = -1,
  ) {
    this.offset = -lowest;
  }

  /** The list `list` (-1: empty; other negative numbers stand for themselves) with `item` appended. */
  extend(list: number, item: number): number {
    const key = (list + this.offset) * this.range + item;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.previous.length;
      this.ids.set(key, id);
      this.previous.push(list);
      this.last.push(item);
    }
    return id;
  }
}
