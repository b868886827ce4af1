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
}

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
}

export interface RequestLogEntry {
  /** ms since server start when the request arrived. */
  time: number;
  /** ms since server start when the response finished or the socket closed (-1 while open). */
  end: number;
  method: string;
  url: string;
  path: string;
  params: Record<string, string>;
  /** ids asked for (wbgetentities `ids` split on `|`, or the EntityData id). */
  ids: string[];
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
