/**
 * The ancestor search of `findKinship`: both ancestries fetched together, level by level, from a
 * PersonSource. Its counterpart over all family links is fetch-family-path.ts.
 */
import type { FamilyGraphAttributes } from '../graph/types.js';
import type { ItemId } from '../ids.js';
import { AncestorSide } from './ancestor-side.js';
import { isProvenClosest } from './closest.js';
import type { FetchedPeople } from './fetched-people.js';
import { isByDescent } from './order.js';
import { relate } from './relate.js';

/** The reverse lookup the ancestor search needs: parents who state the person as their child. */
export const PARENTS = { parents: true } as const;

export interface AncestorSearchOptions {
  maxGenerations: number;
  /** Stop as soon as the closest relationship is proven (closest.ts). */
  closest: boolean;
  /** Generations of the spouses' ancestors fetched for in-laws (spouses at level 1, their parents at 2...). */
  inLawGenerations: number;
  meta: () => FamilyGraphAttributes;
  onLevel?: (level: number) => void;
}

export interface AncestorSearchOutcome {
  /** The closest relationship was proven before the generation bound. */
  proven: boolean;
  /** The generation bound cut an ancestry (people at the bound may have parents). */
  cut: boolean;
  /** Ancestors are known beyond the last level fetched (with `closest`, the answer covers fewer generations). */
  beyond: boolean;
  /** The last level fetched (generations up from A and B). */
  levels: number;
  /** Smallest generation of everyone reached from A or B, for the graph's `depth`. */
  depths: Map<ItemId, number>;
}

/**
 * Expands A's and B's ancestors together, level by level: level L fetches generation L of both
 * sides (and generation L-1 of the spouses' side) in ONE getPeople call, up to the bound: the
 * whole truncated pedigree of both is fetched (its edge matters to F and to pedigree collapse,
 * not only the common ancestors). With `closest`, stops as soon as the best relationship is
 * proven closest.
 */
export async function expandAncestors(
  fetched: FetchedPeople,
  a: ItemId,
  b: ItemId,
  options: AncestorSearchOptions,
): Promise<AncestorSearchOutcome> {
  const max = options.maxGenerations;
  // in-law relationships look `inLawGenerations` up from A and B too, even beyond a smaller bound
  const reach = Math.max(max, options.inLawGenerations);
  const sideA = new AncestorSide([a]);
  const sideB = new AncestorSide([b]);
  const inLaw = new AncestorSide([...fetched.spouses(a), ...fetched.spouses(b)].filter((id) => id !== a && id !== b));
  for (let level = 0; ; level += 1) {
    if (level > 0) {
      const ids: ItemId[] = [];
      if (level <= reach) ids.push(...sideA.idsAt(level), ...sideB.idsAt(level));
      if (level - 1 < options.inLawGenerations) ids.push(...inLaw.idsAt(level - 1));
      // Parents stated only on their own side (P40) come from a reverse lookup in this same round.
      await fetched.fetch(ids, level < reach ? PARENTS : undefined);
      options.onLevel?.(level);
      sideA.adoptLateParents(fetched);
      sideB.adoptLateParents(fetched);
      inLaw.adoptLateParents(fetched);
    }
    if (level < reach) {
      sideA.advance(fetched);
      sideB.advance(fetched);
    }
    if (level >= 1 && level < options.inLawGenerations) inLaw.advance(fetched);
    if (level < options.inLawGenerations) continue;
    if (options.closest && proven(fetched, a, b, sideA, sideB, options)) {
      const beyond = [sideA, sideB].some((side) => side.idsAt(level + 1).length > 0);
      return { proven: true, cut: false, beyond, levels: level, depths: depthsOf(sideA, sideB) };
    }
    if (level >= reach || (sideA.exhausted && sideB.exhausted && !fetched.hasCandidates)) {
      // cut: someone at the bound has a parent outside the pedigree (not within the bound of either side)
      const within = (side: AncestorSide, id: ItemId) => (side.generation.get(id) ?? max + 1) <= max;
      const inPedigree = (id: ItemId) => within(sideA, id) || within(sideB, id);
      const cut = [sideA, sideB].some((side) =>
        side.idsAt(max).some((id) => !fetched.isKnown(id) || fetched.parents(id).some((p) => !inPedigree(p))),
      );
      return { proven: false, cut: level >= max && cut, beyond: false, levels: level, depths: depthsOf(sideA, sideB) };
    }
  }
}

function proven(
  fetched: FetchedPeople,
  a: ItemId,
  b: ItemId,
  sideA: AncestorSide,
  sideB: AncestorSide,
  options: AncestorSearchOptions,
): boolean {
  const max = options.maxGenerations;
  const graph = fetched.graph(options.meta());
  const found = relate(graph, a, b, { maxGenerations: max, inLawGenerations: 0, shortestPath: 'never' });
  const unfetchedCommon: Array<{ id: ItemId; sum: number }> = [];
  for (const [id, ga] of sideA.generation) {
    const gb = sideB.generation.get(id);
    if (gb !== undefined && ga <= max && gb <= max && !fetched.isKnown(id)) unfetchedCommon.push({ id, sum: ga + gb });
  }
  return isProvenClosest({
    best: found.relationships.find(isByDescent) ?? null,
    knownDepthA: sideA.exhausted ? Number.POSITIVE_INFINITY : sideA.knownDepth,
    knownDepthB: sideB.exhausted ? Number.POSITIVE_INFINITY : sideB.knownDepth,
    maxGenerations: max,
    unfetchedCommon,
  });
}

function depthsOf(sideA: AncestorSide, sideB: AncestorSide): Map<ItemId, number> {
  const depths = new Map(sideA.generation);
  for (const [id, g] of sideB.generation) depths.set(id, Math.min(g, depths.get(id) ?? g));
  return depths;
}
