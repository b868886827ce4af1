/**
 * Reverse lookups as CirrusSearch queries (pure): who states a family link to these people on
 * their own side. `haswbstatement:P22=Qx|P25=Qx` finds the children who name Qx as father or
 * mother, `P40=Qx` the parents who name Qx as child, `P26=Qx` the spouses; `|` is OR, so one query
 * asks about several people at once, as many as fit the search length limit.
 */
import { compareItemIds, isItemId, type ItemId } from '../ids.js';

/** CirrusSearch refuses a search string longer than this (characters). */
export const MAX_SEARCH_LENGTH = 300;
/** Results per page (the API's maximum for ordinary clients). */
export const SEARCH_PAGE = 500;
/** CirrusSearch answers no further than this offset. */
export const MAX_SEARCH_OFFSET = 10_000;

/** Which links to look up the other way round. */
export interface ReverseKinds {
  /** Children stating the person as father or mother (P22/P25 on the child). */
  children?: boolean;
  /** Parents stating the person as child (P40 on the parent). */
  parents?: boolean;
  /** Spouses stating the person as spouse (P26 on the spouse). */
  spouses?: boolean;
}

export interface ReverseQuery {
  /** The srsearch text. */
  query: string;
  /** The people it asks about. */
  ids: ItemId[];
}

/** The properties that, stated on another item, point at a person for these kinds. */
export function reverseProperties(kinds: ReverseKinds): Array<'P22' | 'P25' | 'P40' | 'P26'> {
  const properties: Array<'P22' | 'P25' | 'P40' | 'P26'> = [];
  if (kinds.children) properties.push('P22', 'P25');
  if (kinds.parents) properties.push('P40');
  if (kinds.spouses) properties.push('P26');
  return properties;
}

export function wantsReverse(kinds: ReverseKinds | undefined): kinds is ReverseKinds {
  return kinds !== undefined && reverseProperties(kinds).length > 0;
}

/**
 * Packs the lookups for `ids` into as few queries as fit `maxLength`, in Q-id order so the same
 * people always give the same queries (and a repeat crawl finds them in the store's cache).
 */
export function reverseQueries(
  ids: readonly ItemId[],
  kinds: ReverseKinds,
  maxLength = MAX_SEARCH_LENGTH,
): ReverseQuery[] {
  const properties = reverseProperties(kinds);
  if (properties.length === 0) return [];
  const prefix = 'haswbstatement:';
  const sorted = [...new Set(ids)].filter((id) => isItemId(id)).sort(compareItemIds);
  const queries: ReverseQuery[] = [];
  let clauses: string[] = [];
  let members: ItemId[] = [];
  let length = prefix.length;
  for (const id of sorted) {
    const own = properties.map((p) => `${p}=${id}`);
    const part = own.join('|').length;
    let next = clauses.length === 0 ? prefix.length + part : length + 1 + part;
    if (clauses.length > 0 && next > maxLength) {
      queries.push({ query: prefix + clauses.join('|'), ids: members });
      clauses = [];
      members = [];
      next = prefix.length + part;
    }
    clauses.push(...own);
    members.push(id);
    length = next;
  }
  if (clauses.length > 0) queries.push({ query: prefix + clauses.join('|'), ids: members });
  return queries;
}

/** The `list=search` URL for one page of a query (pure). */
export function buildSearchUrl(endpoint: string, query: string, offset: number, namespaces: string): string {
  const url = new URL(endpoint);
  const params: Record<string, string> = {
    action: 'query',
    list: 'search',
    srsearch: query,
    srnamespace: namespaces,
    srlimit: String(SEARCH_PAGE),
    srprop: '',
    srinfo: 'totalhits',
    format: 'json',
    formatversion: '2',
    maxlag: '5',
  };
  if (offset > 0) params.sroffset = String(offset);
  url.search = new URLSearchParams(params).toString();
  return url.toString();
}

export type SearchPage =
  | { kind: 'page'; ids: ItemId[]; next: number | null }
  | { kind: 'maxlag'; lagSeconds: number }
  | { kind: 'api-error'; code: string; info: string };

/**
 * Reads one page of a search answer (pure). Titles are item ids (`Q42`, or `Item:Q42` on a
 * Wikibase whose items live in namespace 120). Throws on a body that is not a search answer.
 */
export function readSearchPage(body: string): SearchPage {
  const json = JSON.parse(body) as Record<string, unknown>;
  if (typeof json !== 'object' || json === null) throw new Error('search answer is not a JSON object');
  const error = json.error as Record<string, unknown> | undefined;
  if (error && typeof error === 'object') {
    const code = typeof error.code === 'string' ? error.code : 'unknown';
    if (code === 'maxlag') return { kind: 'maxlag', lagSeconds: typeof error.lag === 'number' ? error.lag : 5 };
    return { kind: 'api-error', code, info: typeof error.info === 'string' ? error.info : '' };
  }
  const query = json.query as { search?: unknown } | undefined;
  if (!query || !Array.isArray(query.search)) throw new Error('search answer has no query.search list');
  const ids: ItemId[] = [];
  for (const hit of query.search as Array<{ title?: unknown }>) {
    const title = typeof hit?.title === 'string' ? hit.title.replace(/^Item:/, '') : '';
    if (isItemId(title)) ids.push(title);
  }
  const more = (json.continue as { sroffset?: unknown } | undefined)?.sroffset;
  return { kind: 'page', ids, next: typeof more === 'number' && more < MAX_SEARCH_OFFSET ? more : null };
}
