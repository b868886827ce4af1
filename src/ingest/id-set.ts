/**
 * A set of item numbers (Q42 -> 42) as a paged bitset: one bit per number, pages allocated only
 * where numbers fall, so all of Wikidata's ids (about 130 M) take about 16 MB and a sparse set
 * takes almost nothing. Used for the ids seen in a dump and the ids a second pass looks for.
 */
const PAGE_BITS = 19; // 2^19 numbers = 64 KB per page
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

export class IdSet {
  private readonly pages = new Map<number, Uint8Array>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(n: number): void {
    if (!(n > 0) || !Number.isSafeInteger(n)) return;
    const key = Math.floor(n / PAGE_SIZE);
    let page = this.pages.get(key);
    if (!page) {
      page = new Uint8Array(PAGE_SIZE >> 3);
      this.pages.set(key, page);
    }
    const bit = n & PAGE_MASK;
    const byte = bit >> 3;
    const mask = 1 << (bit & 7);
    if ((page[byte]! & mask) === 0) {
      page[byte] = page[byte]! | mask;
      this.count += 1;
    }
  }

  has(n: number): boolean {
    if (!(n > 0) || !Number.isSafeInteger(n)) return false;
    const page = this.pages.get(Math.floor(n / PAGE_SIZE));
    if (!page) return false;
    const bit = n & PAGE_MASK;
    return (page[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }

  delete(n: number): void {
    if (!this.has(n)) return;
    const page = this.pages.get(Math.floor(n / PAGE_SIZE))!;
    const bit = n & PAGE_MASK;
    page[bit >> 3] = page[bit >> 3]! & ~(1 << (bit & 7));
    this.count -= 1;
  }
}

/** Q42 -> 42; anything else -> 0. */
export function itemNumber(id: string): number {
  return /^Q[1-9][0-9]{0,15}$/.test(id) ? Number(id.slice(1)) : 0;
}
