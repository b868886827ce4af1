/**
 * Pedigree collapse (implex) of one person, generation by generation, as genealogists tabulate it
 * (geneweb, webtrees): places in the ancestor tree (2^n), places filled by a known ancestor,
 * the distinct people filling them, how much of the tree collapses onto repeated ancestors, the
 * person's inbreeding coefficient F within n generations, and the most repeated ancestors. The
 * tree follows birth links (one father and one mother per person, as F does). Pure.
 */
import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { KinshipCoefficients } from './coefficients.js';
import { truncatedPedigree, type IgnoredLink } from './pedigree.js';

export interface GenerationRow {
  /** 1: parents, 2: grandparents ... */
  generation: number;
  /** Places in the tree: 2^n. */
  possible: number;
  /** Places filled by a known ancestor (a repeated ancestor fills several). */
  known: number;
  /** Different people filling them. */
  distinct: number;
  /** People met for the first time at this generation (not nearer). */
  newPeople: number;
  /** known / possible. */
  coverage: number;
  /** Collapse at this generation: 1 - distinct / known (0 when nothing is known). */
  implex: number;
  /** Collapse of the tree up to this generation: 1 - people met so far / places filled so far. */
  cumulativeImplex: number;
  /** The person's inbreeding coefficient F over the pedigree truncated at this generation. */
  inbreeding: number;
}

export interface RepeatedAncestor {
  id: ItemId;
  /** Places this ancestor fills in the tree within the bound. */
  places: number;
  /** The generations at which it appears, nearest first. */
  generations: number[];
}

export interface PedigreeReport {
  root: ItemId;
  generations: number;
  rows: GenerationRow[];
  /** F over the whole bound (the last row's). */
  inbreeding: number;
  /** Different ancestors within the bound. */
  ancestors: number;
  /** Ancestors filling more than one place, most places first. */
  repeated: RepeatedAncestor[];
  /** Someone at the bound has recorded parents: the tree goes on beyond it. */
  cut: boolean;
  /** Links left out (ancestry cycles, extra birth parents), pedigree.ts. */
  ignored: IgnoredLink[];
}

/**
 * The pedigree-collapse report of `root` within `generations` in `graph`.
 * @param top how many repeated ancestors to list (default 10).
 */
export function pedigreeCollapse(graph: FamilyGraph, root: ItemId, generations: number, top = 10): PedigreeReport {
  const pedigree = truncatedPedigree(graph, [root], generations);
  const { father, mother, ids } = pedigree;
  const places = new Map<number, { places: number; generations: Set<number> }>();
  const rows: GenerationRow[] = [];
  let level = new Map<number, number>([[pedigree.index.get(root)!, 1]]);
  let filledSoFar = 0;
  for (let g = 1; g <= generations; g += 1) {
    const next = new Map<number, number>();
    for (const [person, count] of level) {
      for (const parent of [father[person]!, mother[person]!]) {
        if (parent >= 0) next.set(parent, (next.get(parent) ?? 0) + count);
      }
    }
    let known = 0;
    let newPeople = 0;
    for (const [person, count] of next) {
      known += count;
      let entry = places.get(person);
      if (!entry) {
        places.set(person, (entry = { places: 0, generations: new Set() }));
        newPeople += 1;
      }
      entry.places += count;
      entry.generations.add(g);
    }
    filledSoFar += known;
    const possible = 2 ** g;
    rows.push({
      generation: g,
      possible,
      known,
      distinct: next.size,
      newPeople,
      coverage: known / possible,
      implex: known === 0 ? 0 : 1 - next.size / known,
      cumulativeImplex: filledSoFar === 0 ? 0 : 1 - places.size / filledSoFar,
      inbreeding: g === generations ? 0 : inbreedingWithin(graph, root, g),
    });
    level = next;
  }
  const inbreeding = new KinshipCoefficients(pedigree).inbreeding(root);
  if (rows.length > 0) rows[rows.length - 1]!.inbreeding = inbreeding;
  const repeated = [...places]
    .filter(([, entry]) => entry.places > 1)
    .map(([person, entry]) => ({
      id: ids[person]!,
      places: entry.places,
      generations: [...entry.generations].sort((x, y) => x - y),
    }))
    .sort((x, y) => y.places - x.places || x.generations[0]! - y.generations[0]! || compareItemIds(x.id, y.id))
    .slice(0, top);
  return {
    root,
    generations,
    rows,
    inbreeding,
    ancestors: places.size,
    repeated,
    cut: pedigree.cut,
    ignored: pedigree.ignored,
  };
}

/** F of `root` over its pedigree truncated at `generations`. */
export function inbreedingWithin(graph: FamilyGraph, root: ItemId, generations: number): number {
  return new KinshipCoefficients(truncatedPedigree(graph, [root], generations)).inbreeding(root);
}
