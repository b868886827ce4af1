/**
 * `findPedigree`: one person's ancestors fetched level by level from a PersonSource, and the
 * pedigree-collapse report over them (pedigree-collapse.ts).
 */
import type { Anomaly } from '../graph/anomaly.js';
import type { FamilyGraph } from '../graph/types.js';
import { parseItemId, type ItemId } from '../ids.js';
import type { PersonSource } from '../wikidata/person-source.js';
import { AncestorSide } from './ancestor-side.js';
import { PARENTS } from './expand-ancestors.js';
import { checkWholeNumber, DEFAULT_MAX_GENERATIONS, MAX_PEDIGREE_GENERATIONS } from './bounds.js';
import { FetchedPeople } from './fetched-people.js';
import { ignoredLinkMessages } from './messages.js';
import { wdkinVersion } from './wdkin-version.js';
import { pedigreeCollapse, type PedigreeReport } from './pedigree-collapse.js';
import { checkFetchedPerson } from './validate.js';

/** Generations a pedigree report may span (2^50 places: counts stay exact in a double). */
export { MAX_PEDIGREE_GENERATIONS } from './bounds.js';

export interface FindPedigreeOptions {
  /** Generations of ancestors (default 10, at most 50). */
  generations?: number;
  /** Repeated ancestors listed (default 10). */
  top?: number;
  languages?: string[];
  /** Also find parents stated on their own side only (reverse lookups; default true). */
  reverse?: boolean;
  /** Called after each generation's fetch. */
  onProgress?: (event: { level: number; fetched: number }) => void;
}

export interface PedigreeSearchResult extends PedigreeReport {
  /** The person and every ancestor fetched, as a family graph. */
  graph: FamilyGraph;
  fetched: number;
  requests: number;
  rounds: number;
  failed: ItemId[];
  messages: string[];
  anomalies: Anomaly[];
}

/**
 * Fetches `id`'s ancestors within `generations` (one getPeople call per generation) and reports
 * the pedigree collapse.
 * @throws UsageError INVALID_ID, INVALID_OPTION, MISSING_ENTITY, NOT_A_PERSON; WdkinError FETCH_FAILED.
 */
export async function findPedigree(
  source: PersonSource,
  id: ItemId | string,
  options: FindPedigreeOptions = {},
): Promise<PedigreeSearchResult> {
  const wanted = parseItemId(id);
  const generations = checkWholeNumber(
    'generations',
    options.generations ?? DEFAULT_MAX_GENERATIONS,
    1,
    MAX_PEDIGREE_GENERATIONS,
  );
  const top = checkWholeNumber('top', options.top ?? 10, 0, 10_000);
  const requestsBefore = source.stats().requests;
  const fetched = new FetchedPeople(source, options.reverse ?? true);
  await fetched.fetch([wanted], PARENTS);
  const root = checkFetchedPerson(fetched, wanted);
  const side = new AncestorSide([root]);
  for (let level = 1; level <= generations; level += 1) {
    side.advance(fetched);
    if (side.idsAt(level).length === 0 && !fetched.hasCandidates) break;
    await fetched.fetch(side.idsAt(level), level < generations ? PARENTS : undefined);
    side.adoptLateParents(fetched);
    options.onProgress?.({ level, fetched: fetched.people.size });
  }
  const WDKIN_VERSION = await wdkinVersion();
  const graph = fetched.graph(
    {
      seeds: [root],
      depth: generations,
      direction: 'up',
      relations: ['parent'],
      endpoint: source.description,
      languages: options.languages ?? [],
      crawledAt: new Date().toISOString(),
      wdkinVersion: WDKIN_VERSION,
    },
    side.generation,
  );
  const report = pedigreeCollapse(graph, root, generations, top);
  const cut = report.cut || side.idsAt(generations).some((person) => fetched.parents(person).length > 0);
  const messages = ignoredLinkMessages(report.ignored);
  if (cut) messages.push(`the ancestry goes on beyond ${generations} generations`);
  if (fetched.failed.size > 0)
    messages.push(`${fetched.failed.size} people could not be fetched: the tree is missing them and their ancestors`);
  return {
    ...report,
    cut,
    graph,
    fetched: fetched.people.size,
    requests: source.stats().requests - requestsBefore,
    rounds: fetched.rounds,
    failed: [...fetched.failed],
    messages,
    anomalies: fetched.anomalies,
  };
}
