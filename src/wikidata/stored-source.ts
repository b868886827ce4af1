import type { ItemId } from '../ids.js';
import { compactEntity, parseEntity } from '../person/parse.js';
import type { CachedEntity, Store } from '../store/store.js';
import type { EntitiesResult } from './client.js';
import {
  emptyBatch,
  type GetPeopleOptions,
  type PeopleBatch,
  type PersonSource,
  type SourceStats,
} from './person-source.js';
import { lookUpReverse, type ReverseSearcher } from './reverse-lookup.js';
import { wantsReverse, type ReverseKinds } from './reverse-queries.js';

/** What fetches raw entities over the network: the WikibaseClient, or anything shaped like it. */
export interface EntityFetcher {
  readonly endpoint: string;
  getEntities(ids: readonly ItemId[]): Promise<EntitiesResult>;
  /** Reverse lookups (CirrusSearch); without it, reverse lookups answer from the store alone. */
  searchItems?(query: string): Promise<{ ok: true; ids: ItemId[] } | { ok: false; reason: string }>;
  stats(): { requests: number; retries: number };
}

export interface StoredSourceOptions {
  /** The local store; null = no caching. */
  store: Store | null;
  /** Null = answer from the store only (offline); store misses are reported missing. */
  fetcher: EntityFetcher | null;
  /** Cache key: entities from different Wikibases never mix. */
  endpoint: string;
  languages: readonly string[];
  /** Cached entries older than this are fetched again (Infinity = never). */
  maxAgeMs: number;
  /** Entries fetched at or after this time are always trusted (a resumed crawl's start). */
  trustSince?: number;
  now?: () => number;
  /** What the source is called in reports (default: the endpoint, or 'the local store' offline). */
  description?: string;
}

/**
 * A PersonSource that answers from the local store first and fetches only what is missing or
 * stale, writing every fetched entity (and missing ids and redirects) back in one transaction
 * per call.
 */
export function createStoredSource(options: StoredSourceOptions): PersonSource {
  const { store, fetcher, endpoint } = options;
  const languageKey = options.languages.join(',');
  const now = options.now ?? Date.now;
  const counters = { fromCache: 0, fetched: 0 };

  const usable = (entry: CachedEntity): boolean => {
    if (options.trustSince !== undefined && entry.fetchedAt >= options.trustSince) return true;
    if (fetcher === null) return true; // offline: any age, any language chain
    return entry.languages === languageKey && now() - entry.fetchedAt <= options.maxAgeMs;
  };

  async function lookup(ids: readonly ItemId[], batch: PeopleBatch, depth: number): Promise<void> {
    const cached = store ? store.getEntities(endpoint, ids) : new Map<ItemId, CachedEntity>();
    const toFetch: ItemId[] = [];
    const redirectTargets: ItemId[] = [];
    for (const id of ids) {
      const entry = cached.get(id);
      if (entry?.unreadable) {
        batch.anomalies.push({
          kind: 'unreadable-cache-row',
          id,
          detail: `${id}: its cached copy could not be read; fetched again`,
        });
      }
      if (!entry || entry.unreadable || !usable(entry)) {
        toFetch.push(id);
        continue;
      }
      counters.fromCache += 1;
      if (entry.status === 'missing') batch.missing.push(id);
      else if (entry.status === 'redirect' && entry.target) {
        batch.redirects.set(id, entry.target);
        if (!batch.people.has(entry.target)) redirectTargets.push(entry.target);
      } else if (entry.entity) addPerson(batch, entry.entity);
    }
    if (redirectTargets.length > 0 && depth < 3) await lookup(redirectTargets, batch, depth + 1);
    if (toFetch.length === 0) return;
    if (!fetcher) {
      batch.missing.push(...toFetch);
      return;
    }
    const fetched = await fetcher.getEntities(toFetch);
    counters.fetched += fetched.entities.size;
    for (const entity of fetched.entities.values()) addPerson(batch, entity);
    for (const [from, to] of fetched.redirects) batch.redirects.set(from, to);
    batch.missing.push(...fetched.missing);
    batch.failed.push(...fetched.failed);
    for (const [id, reason] of fetched.failures) batch.failures.set(id, reason);
    store?.putEntities(endpoint, toCacheEntries(fetched, languageKey, now()));
  }

  function reverseOf(ids: readonly ItemId[], kinds: ReverseKinds) {
    return lookUpReverse(ids, kinds, {
      store,
      searcher: fetcher?.searchItems ? (fetcher as ReverseSearcher) : null,
      endpoint,
      usable: (fetchedAt) =>
        (options.trustSince !== undefined && fetchedAt >= options.trustSince) || now() - fetchedAt <= options.maxAgeMs,
      now,
    });
  }

  function addPerson(batch: PeopleBatch, entity: Record<string, unknown>): void {
    try {
      const person = parseEntity(entity, options.languages);
      batch.people.set(person.id, person);
    } catch (error) {
      batch.anomalies.push({
        kind: 'not-a-person',
        id: null,
        detail: `unreadable entity: ${(error as Error).message}`,
      });
    }
  }

  return {
    description: options.description ?? (fetcher ? endpoint : 'the local store'),
    async getPeople(ids: readonly ItemId[], getOptions?: GetPeopleOptions): Promise<PeopleBatch> {
      const batch = emptyBatch();
      const reverse = getOptions?.reverse;
      if (!wantsReverse(reverse)) {
        await lookup([...new Set(ids)], batch, 0);
        return batch;
      }
      // The reverse lookups run in the same round as the entities (concurrently, one queue).
      const asked = [...new Set(reverse.ids ?? ids)];
      const [, answer] = await Promise.all([lookup([...new Set(ids)], batch, 0), reverseOf(asked, reverse)]);
      // A merged item is pointed at under its new id: look that up too (rare, so a second step).
      const targets = [...batch.redirects.values()].filter((id) => !asked.includes(id));
      const extra = targets.length > 0 ? await reverseOf(targets, reverse) : null;
      for (const part of extra ? [answer, extra] : [answer]) {
        batch.linkedFrom.push(...part.linkedFrom);
        for (const [id, reason] of part.failed) batch.reverseFailed.set(id, reason);
        counters.fromCache += part.fromCache;
      }
      batch.linkedFrom = [...new Set(batch.linkedFrom)];
      return batch;
    },
    stats(): SourceStats {
      const network = fetcher?.stats() ?? { requests: 0, retries: 0 };
      return {
        requests: network.requests,
        retries: network.retries,
        fromCache: counters.fromCache,
        fetched: counters.fetched,
      };
    },
  };
}

function toCacheEntries(fetched: EntitiesResult, languages: string, fetchedAt: number): CachedEntity[] {
  const entries: CachedEntity[] = [];
  for (const [qid, entity] of fetched.entities) {
    const entry: CachedEntity = { qid, status: 'ok', entity: compactEntity(entity), languages, fetchedAt };
    if (typeof entity.lastrevid === 'number') entry.revision = entity.lastrevid;
    entries.push(entry);
  }
  for (const [qid, target] of fetched.redirects)
    entries.push({ qid, status: 'redirect', target, languages, fetchedAt });
  for (const qid of fetched.missing) entries.push({ qid, status: 'missing', languages, fetchedAt });
  return entries;
}
