/**
 * The kinship coefficient φ (Malécot) and the inbreeding coefficient F by the classic recursion
 * over a truncated pedigree: exact, no enumeration of lines, no cap. Pure.
 *
 *   φ(X, X) = ½ (1 + F_X)                     F_X = φ(father(X), mother(X))
 *   φ(X, Y) = ½ (φ(father(X), Y) + φ(mother(X), Y))   when X is not an ancestor of Y
 *   φ(unknown, Y) = 0
 *
 * In a pedigree every parent comes before its children (pedigree.ts), so of two different people
 * the later one is never an ancestor of the earlier one: it is the one expanded.
 */
import type { ItemId } from '../ids.js';
import type { Pedigree } from './pedigree.js';

/** The four numbers of kinship.md. */
export interface KinshipNumbers {
  /** Σ over every pair of lines of (1/2)^(Ga+Gb), birth links only (lines.ts, couples.ts). */
  pathSum: number;
  /** φ(A, B): the probability that an allele drawn at random from each is identical by descent. */
  kinship: number;
  /** F of A and of B: φ of each one's parents. */
  inbreeding: { a: number; b: number };
  /** Wright's coefficient of relationship r = 2φ / √((1 + F_A)(1 + F_B)). */
  coefficient: number;
}

export class KinshipCoefficients {
  private readonly memo = new Map<number, number>();
  private readonly size: number;

  constructor(readonly pedigree: Pedigree) {
    this.size = pedigree.ids.length;
  }

  /** φ(X, Y) for two people of the pedigree (Q-ids). */
  kinship(x: ItemId, y: ItemId): number {
    return this.phi(this.at(x), this.at(y));
  }

  /** F_X for a person of the pedigree (Q-id). */
  inbreeding(x: ItemId): number {
    const i = this.at(x);
    return this.phi(this.pedigree.father[i]!, this.pedigree.mother[i]!);
  }

  /** Wright's r(X, Y) = 2φ / √((1 + F_X)(1 + F_Y)). */
  relationship(x: ItemId, y: ItemId): number {
    return standardised(this.kinship(x, y), this.inbreeding(x), this.inbreeding(y));
  }

  private at(id: ItemId): number {
    const i = this.pedigree.index.get(id);
    if (i === undefined) throw new RangeError(`${id} is not in the pedigree`);
    return i;
  }

  /**
   * φ by index (-1: unknown). Evaluated with an explicit stack, not recursion: a deep pedigree
   * would otherwise overflow the call stack.
   */
  phi(x: number, y: number): number {
    if (x < 0 || y < 0) return 0;
    const goal = this.key(x, y);
    const known = this.memo.get(goal);
    if (known !== undefined) return known;
    const stack = [goal];
    while (stack.length > 0) {
      const key = stack[stack.length - 1]!;
      if (this.memo.has(key)) {
        stack.pop();
        continue;
      }
      const [d1, d2] = this.dependencies(key);
      const v1 = d1 < 0 ? 0 : this.memo.get(d1);
      const v2 = d2 < 0 ? 0 : this.memo.get(d2);
      if (v1 === undefined || v2 === undefined) {
        if (v1 === undefined) stack.push(d1);
        if (v2 === undefined) stack.push(d2);
        continue;
      }
      const i = Math.floor(key / this.size);
      const j = key % this.size;
      this.memo.set(key, i === j ? (1 + v1) / 2 : (v1 + v2) / 2);
      stack.pop();
    }
    return this.memo.get(goal)!;
  }

  /** Memo key of an unordered pair: the later person first. */
  private key(x: number, y: number): number {
    return x >= y ? x * this.size + y : y * this.size + x;
  }

  /**
   * What φ(i, j) is made of: for i = j, the pair of i's parents (F_i; the second is unused);
   * otherwise φ(father(i), j) and φ(mother(i), j). -1 stands for a pair with an unknown person.
   */
  private dependencies(key: number): [number, number] {
    const i = Math.floor(key / this.size);
    const j = key % this.size;
    const { father, mother } = this.pedigree;
    const pair = (x: number, y: number) => (x < 0 || y < 0 ? -1 : this.key(x, y));
    if (i === j) return [pair(father[i]!, mother[i]!), -1];
    return [pair(father[i]!, j), pair(mother[i]!, j)];
  }
}

/** Wright's standardisation: 2φ / √((1 + F_A)(1 + F_B)). */
export function standardised(kinship: number, inbreedingA: number, inbreedingB: number): number {
  return (2 * kinship) / Math.sqrt((1 + inbreedingA) * (1 + inbreedingB));
}

/** φ(A, B), F_A, F_B and r over `pedigree`, plus a path sum computed elsewhere. */
export function kinshipNumbers(pedigree: Pedigree, a: ItemId, b: ItemId, pathSum: number): KinshipNumbers {
  const coefficients = new KinshipCoefficients(pedigree);
  const kinship = coefficients.kinship(a, b);
  const inbreeding = { a: coefficients.inbreeding(a), b: coefficients.inbreeding(b) };
  return { pathSum, kinship, inbreeding, coefficient: standardised(kinship, inbreeding.a, inbreeding.b) };
}
