/**
 * `findKinship`: how two people are related, fetching only what the answer needs from a
 * PersonSource (the two ancestries, the spouses for in-laws, and a shortest family path only when
 * there is no relationship by descent), then `relate` over what was fetched.
 */
import type { Anomaly } from '../graph/anomaly.js';
import type { FamilyGraph, FamilyGraphAttributes } from '../graph/types.js';
import type { ItemId } from '../ids.js';
import type { PersonSource } from '../wikidata/person-source.js';
import { kinshipBounds, type KinshipBoundOptions } from './bounds.js';
import { summarizeDegrees } from './degrees.js';
import { expandAncestors, PARENTS } from './expand-ancestors.js';
import { fetchFamilyPath } from './fetch-family-path.js';
import { FetchedPeople } from './fetched-people.js';
import { shortestFamilyPath } from './graph-shortest-path.js';
import { closestMessage } from './messages.js';
import { wdkinVersion } from './wdkin-version.js';
import { isByDescent, sameCloseness } from './order.js';
import { relate } from './relate.js';
import type { FamilyPath, KinshipResult } from './types.js';
import { checkFetchedPair, parsePair } from './validate.js';

export interface FindKinshipOptions extends KinshipBoundOptions {
  /**
   * Stop as soon as the closest relationship by descent is proven; report only it (and its ties).
   * The four numbers then cover only the generations searched (`pedigree.generations`).
   */
  closest?: boolean;
  /** Label languages, recorded in the graph's metadata. */
  languages?: string[];
  /** Also find parents and relatives stated on the other side only (reverse lookups; default true). */
  reverse?: boolean;
  /** Called after each level's fetch: ancestors (level = generation) or path (level = round). */
  onProgress?: (event: { phase: 'ancestors' | 'path'; level: number; fetched: number }) => void;
}

/** A kinship answer plus what it cost and the graph of everyone fetched. */
export interface KinshipSearchResult extends KinshipResult {
  /** Everyone fetched, as a family graph (for `kinshipSubgraph` and exports). */
  graph: FamilyGraph;
  /** People fetched. */
  fetched: number;
  /** HTTP requests the source sent for this search (0 for file sources). */
  requests: number;
  /** getPeople calls (one per level). */
  rounds: number;
  /** Generations of ancestors fetched. */
  generationsSearched: number;
  /** With `closest`: the closest relationship was proven before the bound. */
  proven: boolean;
  failed: ItemId[];
  missing: ItemId[];
  anomalies: Anomaly[];
}

/**
 * How B is related to A, fetching as little as possible from `source`: both ancestries are
 * expanded together level by level (one getPeople call per level, shared by both sides) up to
 * `maxGenerations`, or only until the closest relationship is proven with `closest`. Spouses come
 * from the two people's own P26; in-laws need the spouses, fetched in the first level. Without
 * a relationship by descent, a bidirectional breadth-first search over all family links finds the
 * shortest path, with its own bounds. A bound that cuts the search short sets `limitReached`.
 *
 * @param a,b Q-ids or Wikidata URLs.
 * @throws UsageError INVALID_ID, INVALID_OPTION (the same person twice, a bad option), MISSING_ENTITY,
 *   NOT_A_PERSON; WdkinError FETCH_FAILED when A or B cannot be fetched.
 */
export async function findKinship(
  source: PersonSource,
  a: ItemId | string,
  b: ItemId | string,
  options: FindKinshipOptions = {},
): Promise<KinshipSearchResult> {
  const [idA, idB] = parsePair(a, b);
  const bounds = kinshipBounds(options);
  const requestsBefore = source.stats().requests;

  const fetched = new FetchedPeople(source, options.reverse ?? true);
  await fetched.fetch([idA, idB], PARENTS);
  const [ra, rb] = checkFetchedPair(fetched, idA, idB);
  const WDKIN_VERSION = await wdkinVersion();
  const meta = (): FamilyGraphAttributes => ({
    seeds: [ra, rb],
    depth: bounds.maxGenerations,
    direction: 'up',
    relations: ['parent', 'spouse'],
    endpoint: source.description,
    languages: options.languages ?? [],
    crawledAt: new Date().toISOString(),
    wdkinVersion: WDKIN_VERSION,
  });

  const progress = (phase: 'ancestors' | 'path') => (level: number) =>
    options.onProgress?.({ phase, level, fetched: fetched.people.size });
  const search = await expandAncestors(fetched, ra, rb, {
    maxGenerations: bounds.maxGenerations,
    closest: options.closest ?? false,
    inLawGenerations: bounds.inLawGenerations,
    meta,
    onLevel: progress('ancestors'),
  });
  let graph = fetched.graph(meta(), search.depths);
  const covered = search.proven ? Math.min(bounds.maxGenerations, Math.max(1, search.levels)) : bounds.maxGenerations;
  const found = relate(graph, ra, rb, {
    ...bounds,
    maxGenerations: covered,
    maxRelationships: Number.POSITIVE_INFINITY,
    shortestPath: 'never',
    recordedParents: (id) => fetched.birthParents(id),
    truncated: search.cut,
  });
  const best = found.relationships.find(isByDescent);
  const descent = found.relationships.filter(
    (r) => isByDescent(r) && (!search.proven || !best || sameCloseness(r, best)),
  );
  const shown = descent.slice(0, bounds.maxRelationships);
  const messages = [...found.messages];
  if (search.proven && covered < bounds.maxGenerations) messages.push(closestMessage(covered));

  let shortestPath: FamilyPath | null = null;
  let pathCut = false;
  if (descent.length === 0) {
    const outcome = await fetchFamilyPath(fetched, ra, rb, {
      maxPathLength: bounds.maxPathLength,
      maxPeople: bounds.maxPathPeople,
      onRound: progress('path'),
    });
    if (outcome.people) {
      await fetched.fetch(outcome.people);
      graph = fetched.graph(meta(), search.depths);
      shortestPath = shortestFamilyPath(graph, ra, rb, bounds.maxPathLength).path;
    } else {
      pathCut = outcome.cut;
      if (outcome.message) messages.push(outcome.message);
    }
  }
  if (fetched.failed.size > 0)
    messages.push(`${fetched.failed.size} people could not be fetched: relationships through them may be missing`);

  return {
    ...found,
    relationships: [...shown, ...found.relationships.filter((r) => !isByDescent(r))],
    moreRelationships: descent.length - shown.length,
    degrees: search.proven ? summarizeDegrees(descent) : found.degrees,
    pedigree: { ...found.pedigree, cut: found.pedigree.cut || search.beyond },
    shortestPath,
    maxGenerations: bounds.maxGenerations,
    limitReached: search.cut || pathCut || !found.pedigree.allLines,
    messages,
    graph,
    fetched: fetched.people.size,
    requests: source.stats().requests - requestsBefore,
    rounds: fetched.rounds,
    generationsSearched: search.levels,
    proven: search.proven,
    failed: [...fetched.failed],
    missing: [...fetched.missing],
    anomalies: fetched.anomalies,
  };
}
