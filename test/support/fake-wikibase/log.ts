/**
 * The request log: what kind each request is, what a search asked for, and rounds (requests that
 * overlap in time). Pure.
 */
import type { Params } from './api.js';
import { parseLimit, parseOffset, SEARCH_LIMIT_DEFAULT } from './search-params.js';
import { askedIds, parseSearch } from './search-query.js';
import type { RequestKind, RequestLogEntry, SearchLogInfo } from './types.js';

export const REQUEST_KINDS: readonly RequestKind[] = ['wbgetentities', 'search', 'entity-data', 'other'];

/** The kind of an API request from its parameters (for /w/api.php), or of another path. */
export function requestKind(route: 'api' | 'entity-data' | 'unknown', params: Params): RequestKind {
  if (route === 'entity-data') return 'entity-data';
  if (route !== 'api') return 'other';
  if (params['action'] === 'wbgetentities') return 'wbgetentities';
  return params['action'] === 'query' && params['list'] === 'search' ? 'search' : 'other';
}

/** What a search request asks for, read on arrival (before any refusal or fault). */
export function describeSearch(params: Params): SearchLogInfo {
  const srsearch = params['srsearch'] ?? '';
  const keywords = parseSearch(srsearch).keywords;
  const limit = parseLimit(params['srlimit'], []);
  const offset = parseOffset(params['sroffset'], []);
  return {
    srsearch,
    keywords: keywords.map(({ negated, clauses }) => ({ negated, clauses })),
    ids: askedIds(keywords),
    offset: typeof offset === 'number' ? offset : 0,
    limit: typeof limit === 'number' ? limit : SEARCH_LIMIT_DEFAULT,
  };
}

export function checkScope(scope: readonly unknown[] | undefined): void {
  for (const kind of scope ?? []) {
    if (!REQUEST_KINDS.includes(kind as RequestKind)) {
      throw new RangeError(
        `Expected a request kind (${REQUEST_KINDS.join(', ')}) in \`faults.scope\`, got \`${String(kind)}\``,
      );
    }
  }
}

/**
 * Requests grouped into rounds, in arrival order: a request that arrives once every earlier one
 * has ended starts a new round (a request still open counts as never ending).
 */
export function requestRounds(log: readonly RequestLogEntry[]): RequestLogEntry[][] {
  const rounds: RequestLogEntry[][] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const entry of [...log].sort((a, b) => a.time - b.time)) {
    if (entry.time >= lastEnd) rounds.push([]);
    rounds[rounds.length - 1]!.push(entry);
    lastEnd = Math.max(lastEnd, entry.end < 0 ? Number.POSITIVE_INFINITY : entry.end);
  }
  return rounds;
}

/** The search requests of a log, in arrival order. */
export function searchRequests(log: readonly RequestLogEntry[]): RequestLogEntry[] {
  return log.filter((entry) => entry.kind === 'search');
}
