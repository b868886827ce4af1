/** /w/api.php: wbgetentities as Wikibase answers it, plus MediaWiki-style errors. Pure. */
import { isValidEntityId, normalizeEntityId } from './ids.js';
import { ALL_PROPS, renderEntity, type RenderOptions } from './render.js';
import type { EntityJson, Reply } from './types.js';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const MAX_IDS = 50;
export const SERVED_BY = 'fake-wikibase';
const DOCREF =
  'See https://www.wikidata.org/w/api.php for API usage. Subscribe to the mediawiki-api-announce mailing list at ' +
  '&lt;https://lists.wikimedia.org/postorius/lists/mediawiki-api-announce.lists.wikimedia.org/&gt; ' +
  'for notice of API deprecations and breaking changes.';

export interface EntityStore {
  entities: ReadonlyMap<string, EntityJson>;
  /** Canonical old id -> canonical target id. */
  redirects: ReadonlyMap<string, string>;
  pad: boolean;
}

export type Params = Record<string, string>;

export function handleApi(params: Params, store: EntityStore): Reply {
  const action = params['action'];
  if (action === 'wbgetentities') return getEntities(params, store);
  return apiError(params, 'badvalue', `Unrecognized value for parameter "action": ${action ?? ''}.`);
}

/** The ids a request asks for, as sent (split on `|`). */
export function requestedIds(params: Params): string[] {
  const ids = params['ids'];
  return ids === undefined || ids === '' ? [] : ids.split('|');
}

function formatVersion(params: Params): 1 | 2 {
  const version = params['formatversion'];
  return version === '2' || version === 'latest' ? 2 : 1;
}

/** A MediaWiki API error: HTTP 200, `MediaWiki-API-Error` header, `{"error":{...},"servedby":...}`. */
export function apiError(params: Params, code: string, info: string, extra: Record<string, unknown> = {}): Reply {
  const docKey = formatVersion(params) === 2 ? 'docref' : '*';
  const body = { error: { code, info, ...extra, [docKey]: DOCREF }, servedby: SERVED_BY };
  return {
    status: 200,
    body: JSON.stringify(body),
    headers: { 'content-type': JSON_TYPE, 'mediawiki-api-error': code },
  };
}

function getEntities(params: Params, store: EntityStore): Reply {
  const ids = requestedIds(params);
  if (ids.length === 0) {
    return apiError(
      params,
      'param-missing',
      'Either provide the item "ids" or pairs of "sites" and "titles" for corresponding pages.',
    );
  }
  if (ids.length > MAX_IDS) {
    return apiError(params, 'toomanyvalues', `Too many values supplied for parameter "ids". The limit is ${MAX_IDS}.`, {
      limit: MAX_IDS,
      lowlimit: MAX_IDS,
      highlimit: 500,
      parameter: 'ids',
    });
  }
  const invalid = ids.find((id) => !isValidEntityId(id));
  if (invalid !== undefined) {
    return apiError(params, 'no-such-entity', `Could not find an entity with the ID "${invalid}".`, { id: invalid });
  }
  const options = renderOptions(params, store.pad);
  const keys = [...new Set(ids.map(normalizeEntityId))];
  const entries = keys.map((key) => `${JSON.stringify(key)}:${renderRequested(key, store, options)}`);
  return {
    status: 200,
    body: `{"entities":{${entries.join(',')}},"success":1}`,
    headers: { 'content-type': JSON_TYPE },
  };
}

function renderRequested(key: string, store: EntityStore, options: RenderOptions): string {
  const target = store.redirects.get(key);
  const entity = store.entities.get(target ?? key);
  if (entity === undefined) return JSON.stringify({ id: key, missing: '' });
  return renderEntity(entity, options, target === undefined ? undefined : { from: key, to: target });
}

function pipeList(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split('|').filter((item) => item !== '');
}

/** props/languages/languagefallback/sitefilter; MediaWiki booleans are true when present. */
export function renderOptions(params: Params, pad: boolean): RenderOptions {
  const siteFilter = pipeList(params['sitefilter']);
  return {
    props: new Set(pipeList(params['props']) ?? ALL_PROPS),
    languages: pipeList(params['languages']),
    languageFallback: params['languagefallback'] !== undefined,
    siteFilter: siteFilter && new Set(siteFilter),
    pad,
  };
}
