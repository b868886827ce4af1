import type { ItemId } from '../ids.js';
import type { Anomaly } from '../graph/anomaly.js';
import type { Person } from '../person/types.js';
import type { ReverseKinds } from './reverse-queries.js';

/** What one `getPeople` call found. */
export interface PeopleBatch {
  /** Keyed by the resolved id (a redirect's target), one entry per person. */
  people: Map<ItemId, Person>;
  /** Requested id -> resolved id, for merged items. */
  redirects: Map<ItemId, ItemId>;
  /** Ids that do not exist (deleted, never created). */
  missing: ItemId[];
  /** Ids that could not be fetched after every retry (network, server errors). */
  failed: ItemId[];
  /** Why each failed id failed, in one line (connection refused, HTTP 503, HTML instead of JSON...). */
  failures: Map<ItemId, string>;
  /** Data problems noticed while reading (bad lines, non-person items...). */
  anomalies: Anomaly[];
  /**
   * Items that state a family link to one of the people asked about, on their own side (the
   * reverse lookups asked for): fetch them to read the link. Not yet in `people`.
   */
  linkedFrom: ItemId[];
  /** People whose reverse lookups could not be done (the search failed): their family may be incomplete. */
  reverseFailed: Map<ItemId, string>;
}

/** What else to find in the same round as the people themselves. */
export interface GetPeopleOptions {
  /** Also find who points at these people (default: the requested ids) by these kinds of link. */
  reverse?: ReverseKinds & { ids?: readonly ItemId[] };
}

export interface SourceStats {
  /** HTTP requests sent (0 for file sources), retries included. */
  requests: number;
  retries: number;
  /** Entities answered by the local store instead of the network. */
  fromCache: number;
  /** Entities fetched from the network or read from a file. */
  fetched: number;
}

/**
 * Where people come from: the live API, a snapshot file, the local store, or a chain of these.
 * The crawl engine and the kinship search only see this interface (no HTTP or fs inside them).
 * A single call may be given any number of ids; the source batches and parallelises them.
 */
export interface PersonSource {
  /** Endpoint URL or file path, for metadata. */
  readonly description: string;
  getPeople(ids: readonly ItemId[], options?: GetPeopleOptions): Promise<PeopleBatch>;
  stats(): SourceStats;
  close?(): Promise<void> | void;
}

export function emptyBatch(): PeopleBatch {
  return {
    people: new Map(),
    redirects: new Map(),
    missing: [],
    failed: [],
    failures: new Map(),
    anomalies: [],
    linkedFrom: [],
    reverseFailed: new Map(),
  };
}

/** Adds `part` into `into` (mutates and returns `into`). */
export function mergeBatch(into: PeopleBatch, part: PeopleBatch): PeopleBatch {
  for (const [id, person] of part.people) into.people.set(id, person);
  for (const [from, to] of part.redirects) into.redirects.set(from, to);
  into.missing.push(...part.missing);
  into.failed.push(...part.failed);
  for (const [id, reason] of part.failures) into.failures.set(id, reason);
  into.anomalies.push(...part.anomalies);
  into.linkedFrom = [...new Set([...into.linkedFrom, ...part.linkedFrom])];
  for (const [id, reason] of part.reverseFailed) into.reverseFailed.set(id, reason);
  return into;
}
