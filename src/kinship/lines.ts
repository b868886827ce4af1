/**
 * Every line (chain of parent links) from one person up through a truncated pedigree, kept as a
 * trie: a line is a trie node, its person is the ancestor it reaches, and `below` leads back
 * towards the root. Lines that cannot reach any ancestor in `wanted` are not followed. Pure.
 */
import type { ItemId } from '../ids.js';
import { chainKind, type LinkKind } from './link-kind.js';
import type { Pedigree } from './pedigree.js';

export interface LineTrie {
  root: number;
  /** Number of lines (trie nodes), the root alone included. */
  size: number;
  /** The ancestor each line reaches (pedigree index). */
  person: Int32Array;
  /** The line one generation shorter (-1 for the root alone). */
  below: Int32Array;
  /** Generations of each line. */
  length: Int32Array;
  /** The largest link kind on each line (link-kind.ts). */
  kind: Uint8Array;
  /** False when the cap on lines stopped the walk. */
  complete: boolean;
}

/**
 * Walks every line from `root` (depth first, parents in Q-id order), following only links that
 * lead to someone in `wanted` or to one of their descendants there. Stops at `maxLines`.
 */
export function linesFrom(pedigree: Pedigree, root: number, wanted: ReadonlySet<number>, maxLines: number): LineTrie {
  const leads = leadsTo(pedigree, wanted);
  const trie = new Growing();
  let complete = true;
  trie.add(root, -1, 0, 0);
  const stack = [0];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const person = trie.person[node]!;
    const parents = pedigree.parents[person]!;
    for (let k = parents.length - 1; k >= 0; k -= 1) {
      const link = parents[k]!;
      if (!leads[link.parent]) continue;
      if (trie.size >= maxLines) {
        complete = false;
        break;
      }
      const kind = chainKind(trie.kind[node] as LinkKind, link.kind);
      stack.push(trie.add(link.parent, node, trie.length[node]! + 1, kind));
    }
  }
  return { root, ...trie.freeze(), complete };
}

/** Who is in `wanted` or has an ancestor there (parents come first in a pedigree). */
function leadsTo(pedigree: Pedigree, wanted: ReadonlySet<number>): Uint8Array {
  const leads = new Uint8Array(pedigree.ids.length);
  for (let i = 0; i < pedigree.ids.length; i += 1) {
    leads[i] = wanted.has(i) || pedigree.parents[i]!.some((link) => leads[link.parent]) ? 1 : 0;
  }
  return leads;
}

/** The Q-ids of a line, the root first and the ancestor last. */
export function lineIds(pedigree: Pedigree, trie: LineTrie, node: number): ItemId[] {
  const ids: ItemId[] = [];
  for (let at = node; at >= 0; at = trie.below[at]!) ids.push(pedigree.ids[trie.person[at]!]!);
  return ids.reverse();
}

/** The parent links (child index, parent index) along a line, from the root up. */
export function lineLinks(trie: LineTrie, node: number): Array<[child: number, parent: number]> {
  const links: Array<[number, number]> = [];
  for (let at = node; trie.below[at]! >= 0; at = trie.below[at]!) {
    links.push([trie.person[trie.below[at]!]!, trie.person[at]!]);
  }
  return links.reverse();
}

/** Typed arrays that double as lines are added. */
class Growing {
  size = 0;
  person = new Int32Array(64);
  below = new Int32Array(64);
  length = new Int32Array(64);
  kind = new Uint8Array(64);

  add(person: number, below: number, length: number, kind: LinkKind): number {
    if (this.size === this.person.length) {
      this.person = grow(this.person);
      this.below = grow(this.below);
      this.length = grow(this.length);
      this.kind = grow(this.kind);
    }
    this.person[this.size] = person;
    this.below[this.size] = below;
    this.length[this.size] = length;
    this.kind[this.size] = kind;
    this.size += 1;
    return this.size - 1;
  }

  freeze(): Omit<LineTrie, 'root' | 'complete'> {
    return {
      size: this.size,
      person: this.person.subarray(0, this.size),
      below: this.below.subarray(0, this.size),
      length: this.length.subarray(0, this.size),
      kind: this.kind.subarray(0, this.size),
    };
  }
}

function grow<T extends Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
