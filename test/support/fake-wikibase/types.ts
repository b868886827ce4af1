/** Public types of the fake Wikibase server (see ../fake-wikibase.ts). */

export type FaultKind = '503' | '429' | 'maxlag' | 'reset' | 'truncated' | 'invalid-json' | 'stall' | '500';

/** A scripted fault; `'none'` lets a request through untouched. */
export type ScriptedFault = FaultKind | 'none';

export interface FaultPlan {
  /** Probability (0..1) that an API request gets a fault, drawn from a PRNG seeded by `seed`. */
  rate?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Faults `rate` draws from (default: every kind but 'stall'). */
  kinds?: FaultKind[];
  /** The first N requests get these faults in order; `rate` (if any) applies after. */
  script?: ScriptedFault[];
  /** How long a 'stall' holds the request before destroying the socket (default: forever). */
  stallMs?: number;
  /** Only these kinds of request get faults or use up the script (default: every kind). */
  scope?: RequestKind[];
}

/** What a request asked for: the log's `kind`, and what a fault plan's `scope` names. */
export type RequestKind = 'wbgetentities' | 'search' | 'entity-data' | 'other';

/** A Wikidata entity as in a dump line or a wbgetentities answer. */
export type EntityJson = Record<string, unknown> & { id: string };

export interface FakeWikibaseOptions {
  /** NDJSON or Wikidata dump file (optionally .gz), or entity objects. */
  dataset?: string | Array<Record<string, unknown>>;
  /** Merged items: old id -> target id. */
  redirects?: Record<string, string>;
  /** Added before every response (default 0). */
  latencyMs?: number;
  /** Requests arriving while this many are in flight are answered 429 + Retry-After. */
  maxConcurrent?: number;
  /** Retry-After for the cap and injected 429/503/maxlag (default 1), written as given. */
  retryAfterSeconds?: number;
  faults?: FaultPlan;
  /** Pad unfiltered labels/descriptions/aliases/sitelinks to a real entity's size (default true). */
  padEntities?: boolean;
  /** How `list=search` (haswbstatement) behaves: see fake-wikibase/search-index.ts. */
  search?: FakeSearchOptions;
}

export interface FakeSearchOptions {
  /**
   * 'strict' (default): an srsearch over 300 characters is refused, keywords included (the limit as
   * documented, and CirrusSearch before 2021). 'keywords-exempt': CirrusSearch since May 2021
   * (T279722): keyword text does not count toward the 300, only a hard limit of 4096 does.
   */
  lengthRule?: 'strict' | 'keywords-exempt';
  /** Deprecated statements are indexed (default true: WikibaseCirrusSearch filters no rank). */
  indexDeprecated?: boolean;
  /** Search index lag: the index still holds these older versions of entities (by id). */
  staleEntities?: Array<Record<string, unknown>>;
  /** Search index lag: these entities are not in the index yet (created or merged lately). */
  unindexed?: string[];
}

/** A list=search request as the log records it. */
export interface SearchLogInfo {
  srsearch: string;
  /** The haswbstatement keywords in order, their `|` clauses as sent. */
  keywords: Array<{ negated: boolean; clauses: string[] }>;
  /** The values of the `P=Q` clauses (the items asked about), in order, without repeats. */
  ids: string[];
  offset: number;
  limit: number;
  /** Results in this page; undefined until answered, and on a refusal or fault. */
  hits?: number;
  totalhits?: number;
  /** The API error code of a refusal (e.g. cirrussearch-query-too-long). */
  error?: string;
}

export interface RequestLogEntry {
  /** ms since server start when the request arrived. */
  time: number;
  /** ms since server start when the response finished or the socket closed (-1 while open). */
  end: number;
  method: string;
  url: string;
  path: string;
  /** 'search' for action=query&list=search; 'other' for any other API request or unknown path. */
  kind: RequestKind;
  params: Record<string, string>;
  /** ids asked for (wbgetentities `ids` split on `|`, or the EntityData id); [] for a search. */
  ids: string[];
  /** A search request's srsearch, clauses, ids, offset, limit and hits. */
  search?: SearchLogInfo;
  headers: Record<string, string | string[] | undefined>;
  /** HTTP status sent; 0 when no response head was sent (reset, stall, client abort). */
  status: number;
  fault?: FaultKind;
  /** Requests in flight when this one arrived, itself included. */
  inFlight: number;
}

export interface FakeWikibase {
  url: string;
  apiUrl: string;
  log: RequestLogEntry[];
  maxInFlightSeen: number;
  entityCount: number;
  setLatency(ms: number): void;
  setFaults(plan: FaultPlan | undefined): void;
  clearLog(): void;
  close(): Promise<void>;
}

/** What a handler decided to answer, before latency, faults and compression. */
export interface Reply {
  status: number;
  body: string;
  headers: Record<string, string>;
}
