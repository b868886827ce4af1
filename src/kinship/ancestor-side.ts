import type { ItemId } from '../ids.js';
import type { FetchedPeople } from './fetched-people.js';

/**
 * One side of the level-by-level ancestor expansion: everyone known to be an ancestor of the
 * roots, with the smallest generation at which each appears. Ids of generation g+1 are known as
 * soon as generation g is fetched (they are its parents), before they are fetched themselves.
 */
export class AncestorSide {
  readonly generation = new Map<ItemId, number>();
  private readonly levels: ItemId[][] = [];

  constructor(roots: readonly ItemId[]) {
    this.levels.push([...new Set(roots)]);
    for (const id of roots) this.generation.set(id, 0);
  }

  /** Ids first reached at generation g (empty beyond what is known). */
  idsAt(g: number): ItemId[] {
    return this.levels[g] ?? [];
  }

  /** Deepest generation whose ids are known. */
  get knownDepth(): number {
    return this.levels.length - 1;
  }

  /** No ancestor at all beyond what is known: the whole ancestry is in hand. */
  get exhausted(): boolean {
    return this.idsAt(this.knownDepth).length === 0;
  }

  has(id: ItemId): boolean {
    return this.generation.has(id);
  }

  /**
   * Once generation `g` (the deepest known) is fetched: adds to it the parents of generation g-1
   * that became known only then (stated by the parent's P40 alone: a reverse lookup found them,
   * and they were fetched in the same round as generation g).
   */
  adoptLateParents(fetched: FetchedPeople): void {
    const g = this.knownDepth;
    if (g === 0) return;
    const level = this.levels[g]!;
    for (const id of this.idsAt(g - 1)) {
      for (const parent of fetched.parents(fetched.resolve(id))) {
        if (this.generation.has(parent)) continue;
        this.generation.set(parent, g);
        level.push(parent);
      }
    }
  }

  /** Once generation `g` (the deepest known) is fetched: records its parents as generation g+1. */
  advance(fetched: FetchedPeople): void {
    const g = this.knownDepth;
    const next: ItemId[] = [];
    for (const id of this.idsAt(g)) {
      const resolved = fetched.resolve(id);
      if (!this.generation.has(resolved)) this.generation.set(resolved, g);
      for (const parent of fetched.parents(resolved)) {
        if (this.generation.has(parent)) continue;
        this.generation.set(parent, g + 1);
        next.push(parent);
      }
    }
    this.levels.push(next);
  }
}
