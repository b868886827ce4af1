import type { Anomaly } from '../graph/anomaly.js';
import type { FamilyGraph, FamilyGraphAttributes } from '../graph/types.js';
import type { ItemId } from '../ids.js';
import { WDKIN_VERSION } from '../version.js';
import type { PersonSource } from '../wikidata/person-source.js';
import { expandAncestors } from './ancestor-search.js';
import { FetchedPeople } from './fetched-people.js';
import { MAX_PAIRS } from './lowest-common-ancestors.js';
import { descentMessage, pairsMessage } from './messages.js';
import { checkWholeNumber, DEFAULT_IN_LAW_GENERATIONS, DEFAULT_MAX_GENERATIONS } from './options.js';
import { isByDescent, sameCloseness } from './order.js';
import { searchFamilyPath } from './path-search.js';
import { relate } from './relate.js';
import { DEFAULT_MAX_PATH_LENGTH, shortestFamilyPath } from './shortest-path.js';
import type { FamilyPath, KinshipResult } from './types.js';
import { checkFetchedPair, parsePair } from './validate.js';

/** Default cap on people fetched by the shortest-path fallback. */
export const DEFAULT_MAX_PATH_PEOPLE = 2000;

export interface FindKinshipOptions {
  /** Generations searched up from each person (default 10). */
  maxGenerations?: number;
  /** Stop as soon as the closest relationship by descent is proven; report only it (and its ties). */
  closest?: boolean;
  /** Generations up from a spouse for in-law relationships (default 2: up to grandparents, cousins, grandchildren; 0: none). */
  inLawGenerations?: number;
  /** Bound on the shortest-path fallback, in family links (default 12). */
  maxPathLength?: number;
  /** Cap on people the shortest-path fallback may fetch (default 2000). */
  maxPathPeople?: number;
  /** Label languages, recorded in the graph's metadata. */
  languages?: string[];
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
 * @throws UsageError INVALID_ID, INVALID_OPTION (the same person twice), MISSING_ENTITY, NOT_A_PERSON;
 *   WdkinError FETCH_FAILED when A or B cannot be fetched.
 */
export async function findKinship(
  source: PersonSource,
  a: ItemId | string,
  b: ItemId | string,
  options: FindKinshipOptions = {},
): Promise<KinshipSearchResult> {
  const [idA, idB] = parsePair(a, b);
  const maxGenerations = checkWholeNumber('maxGenerations', options.maxGenerations ?? DEFAULT_MAX_GENERATIONS, 1, 64);
  const inLawGenerations = checkWholeNumber(
    'inLawGenerations',
    options.inLawGenerations ?? DEFAULT_IN_LAW_GENERATIONS,
    0,
    8,
  );
  const maxPathLength = checkWholeNumber('maxPathLength', options.maxPathLength ?? DEFAULT_MAX_PATH_LENGTH, 1, 1000);
  const maxPeople = checkWholeNumber('maxPathPeople', options.maxPathPeople ?? DEFAULT_MAX_PATH_PEOPLE, 0, 10_000_000);
  const requestsBefore = source.stats().requests;

  const fetched = new FetchedPeople(source);
  await fetched.fetch([idA, idB]);
  const [ra, rb] = checkFetchedPair(fetched, idA, idB);
  const meta = (): FamilyGraphAttributes => ({
    seeds: [ra, rb],
    depth: maxGenerations,
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
    maxGenerations,
    closest: options.closest ?? false,
    inLawGenerations,
    meta,
    onLevel: progress('ancestors'),
  });
  let graph = fetched.graph(meta(), search.depths);
  const found = relate(graph, ra, rb, { maxGenerations, inLawGenerations, shortestPath: 'never' });
  const best = found.relationships.find(isByDescent);
  const relationships =
    search.proven && best
      ? found.relationships.filter((r) => !isByDescent(r) || sameCloseness(r, best))
      : found.relationships;
  const descent = relationships.filter(isByDescent).length;

  const messages: string[] = [];
  const pairsCut = found.messages.includes(pairsMessage(MAX_PAIRS));
  if (pairsCut) messages.push(pairsMessage(MAX_PAIRS));
  const note = descentMessage(descent, search.cut, maxGenerations);
  if (note) messages.push(note);
  if (search.proven)
    messages.push(
      `closest relationship proven after ${search.levels} generations; the coefficient counts lines within them only`,
    );

  let shortestPath: FamilyPath | null = null;
  let pathCut = false;
  if (descent === 0) {
    const outcome = await searchFamilyPath(fetched, ra, rb, { maxPathLength, maxPeople, onRound: progress('path') });
    if (outcome.people) {
      await fetched.fetch(outcome.people);
      graph = fetched.graph(meta(), search.depths);
      shortestPath = shortestFamilyPath(graph, ra, rb, maxPathLength).path;
    } else {
      pathCut = outcome.cut;
      if (outcome.message) messages.push(outcome.message);
    }
  }
  if (fetched.failed.size > 0)
    messages.push(`${fetched.failed.size} people could not be fetched: relationships through them may be missing`);

  return {
    ...found,
    relationships,
    shortestPath,
    limitReached: search.cut || pathCut || pairsCut,
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
