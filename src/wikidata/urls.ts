import { WBK } from 'wikibase-sdk';
import type { ItemId } from '../ids.js';

export { WIKIDATA_API } from './endpoint.js';
/** wbgetentities answers at most 50 ids per request for ordinary clients. */
export const MAX_IDS_PER_REQUEST = 50;
/** Only what the Person model reads (info gives lastrevid). */
export const ENTITY_PROPS = ['info', 'labels', 'descriptions', 'claims'] as const;

/**
 * The wbgetentities URL for one batch (pure). Built by wikibase-sdk, plus the parameters it has
 * no option for: language fallback, formatversion 2 and maxlag.
 */
export function buildGetEntitiesUrl(endpoint: string, ids: readonly ItemId[], languages: readonly string[]): string {
  if (ids.length === 0 || ids.length > MAX_IDS_PER_REQUEST) {
    throw new RangeError(`Expected 1 to ${MAX_IDS_PER_REQUEST} ids per request, got ${ids.length}`);
  }
  const url = new URL(endpoint);
  const scriptPath = url.pathname.replace(/\/api\.php$/, '').replace(/^\//, '');
  const wbk = WBK({ instance: url.origin, wgScriptPath: scriptPath });
  const built = wbk.getEntities({ ids: [...ids], languages: [...languages], props: [...ENTITY_PROPS], format: 'json' });
  return `${built}&languagefallback=1&formatversion=2&maxlag=5`;
}

/** Splits ids into request-sized batches, keeping their order. */
export function toBatches<T>(items: readonly T[], size = MAX_IDS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
