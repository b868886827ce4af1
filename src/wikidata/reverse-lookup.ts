/**
 * Who states a family link to these people on their own side. Live: CirrusSearch queries
 * (reverse-queries.ts) through the client, cached in the store by query with their fetch time, so
 * a repeat crawl sends none. Offline: the store's index of family statements (store.pointingAt).
 * A search that fails after retries is reported for the people it asked about, never dropped.
 */
import type { ItemId } from '../ids.js';
import type { Store } from '../store/store.js';
import { reverseProperties, reverseQueries, type ReverseKinds } from './reverse-queries.js';

export interface ReverseSearcher {
  searchItems(query: string): Promise<{ ok: true; ids: ItemId[] } | { ok: false; reason: string }>;
}

export interface ReverseLookupContext {
  store: Store | null;
  /** Null: answer from the store's index alone (offline). */
  searcher: ReverseSearcher | null;
  endpoint: string;
  /** Whether a cached answer fetched at this time may be used. */
  usable: (fetchedAt: number) => boolean;
  now: () => number;
}

export interface ReverseAnswer {
  linkedFrom: ItemId[];
  /** People whose lookup failed -> why. */
  failed: Map<ItemId, string>;
  /** Answers taken from the store instead of the network. */
  fromCache: number;
}

export async function lookUpReverse(
  ids: readonly ItemId[],
  kinds: ReverseKinds,
  context: ReverseLookupContext,
): Promise<ReverseAnswer> {
  const answer: ReverseAnswer = { linkedFrom: [], failed: new Map(), fromCache: 0 };
  if (ids.length === 0) return answer;
  const { store, searcher, endpoint } = context;
  if (!searcher) {
    if (!store) return answer;
    const found = new Set<ItemId>();
    for (const pointers of store.pointingAt(endpoint, ids, reverseProperties(kinds)).values()) {
      for (const pointer of pointers) found.add(pointer.source);
    }
    answer.linkedFrom = [...found];
    return answer;
  }
  const queries = reverseQueries(ids, kinds);
  const cached = store
    ? store.getSearches(
        endpoint,
        queries.map((q) => q.query),
      )
    : new Map<string, { ids: ItemId[]; fetchedAt: number }>();
  const found = new Set<ItemId>();
  const fresh: Array<{ query: string; ids: ItemId[] }> = [];
  await Promise.all(
    queries.map(async (query) => {
      const hit = cached.get(query.query);
      if (hit && context.usable(hit.fetchedAt)) {
        answer.fromCache += 1;
        for (const id of hit.ids) found.add(id);
        return;
      }
      const result = await searcher.searchItems(query.query);
      if (!result.ok) {
        for (const id of query.ids) answer.failed.set(id, `reverse lookup failed: ${result.reason}`);
        return;
      }
      for (const id of result.ids) found.add(id);
      fresh.push({ query: query.query, ids: result.ids });
    }),
  );
  if (store && fresh.length > 0) store.putSearches(endpoint, fresh, context.now());
  answer.linkedFrom = [...found];
  return answer;
}
