import { WikibaseClient, type WikibaseClientOptions } from './client.js';
import type { PersonSource } from './person-source.js';
import { createStoredSource } from './stored-source.js';
import type { Store } from '../store/store.js';

export interface LiveSourceOptions extends WikibaseClientOptions {
  /** Cache entities in this store (null or absent: no cache). */
  store?: Store | null;
  /** Refetch cached entities older than this. Default: never. */
  maxAgeMs?: number;
  trustSince?: number;
}

/** People from a live Wikibase API, through the local store when one is given. */
export function createLiveSource(options: LiveSourceOptions): PersonSource {
  const client = new WikibaseClient(options);
  const stored: Parameters<typeof createStoredSource>[0] = {
    store: options.store ?? null,
    fetcher: client,
    endpoint: client.endpoint,
    languages: options.languages,
    maxAgeMs: options.maxAgeMs ?? Number.POSITIVE_INFINITY,
  };
  if (options.trustSince !== undefined) stored.trustSince = options.trustSince;
  return createStoredSource(stored);
}
