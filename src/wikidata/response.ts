import { BadResponseError } from '../errors.js';
import { isItemId, type ItemId } from '../ids.js';

export type CheckedResponse =
  | {
      kind: 'entities';
      /** Keyed by the resolved id (the redirect target for merged items). */
      entities: Map<ItemId, Record<string, unknown>>;
      missing: ItemId[];
      redirects: Map<ItemId, ItemId>;
    }
  | { kind: 'maxlag'; lagSeconds: number }
  | { kind: 'api-error'; code: string; info: string; id?: string };

/**
 * Checks a wbgetentities body before anything uses it (pure): valid JSON, the expected shape,
 * an entry for every requested id, item ids only. Throws BadResponseError otherwise, which the
 * client treats as retryable (a truncated or garbled body).
 */
export function checkEntitiesResponse(body: string, requested: readonly ItemId[]): CheckedResponse {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    throw new BadResponseError(
      `response is not JSON (${body.length} bytes, starts ${JSON.stringify(body.slice(0, 40))})`,
      { cause },
    );
  }
  if (typeof json !== 'object' || json === null) throw new BadResponseError('response is not a JSON object');
  const root = json as Record<string, unknown>;
  if (typeof root.error === 'object' && root.error !== null) return apiError(root.error as Record<string, unknown>);
  if (typeof root.entities !== 'object' || root.entities === null)
    throw new BadResponseError('response has neither entities nor error');
  const byKey = root.entities as Record<string, unknown>;
  const result = {
    kind: 'entities' as const,
    entities: new Map<ItemId, Record<string, unknown>>(),
    missing: [] as ItemId[],
    redirects: new Map<ItemId, ItemId>(),
  };
  for (const id of requested) {
    const entry = byKey[id];
    if (typeof entry !== 'object' || entry === null)
      throw new BadResponseError(`response lacks requested entity ${id}`);
    const entity = entry as Record<string, unknown>;
    if ('missing' in entity) {
      result.missing.push(id);
      continue;
    }
    if (!isItemId(entity.id)) throw new BadResponseError(`entity ${id} has no valid item id`);
    if (entity.id !== id) {
      const redirect = entity.redirects as { from?: unknown; to?: unknown } | undefined;
      if (!redirect || redirect.from !== id || redirect.to !== entity.id) {
        throw new BadResponseError(`entity requested as ${id} came back as ${entity.id} without a redirect record`);
      }
      result.redirects.set(id, entity.id);
    }
    if (
      entity.claims !== undefined &&
      (typeof entity.claims !== 'object' || entity.claims === null || Array.isArray(entity.claims))
    ) {
      // formatversion=2 gives {} for no claims; formatversion=1 could give []
      if (!(Array.isArray(entity.claims) && entity.claims.length === 0))
        throw new BadResponseError(`entity ${id} has malformed claims`);
    }
    result.entities.set(entity.id, entity);
  }
  return result;
}

function apiError(error: Record<string, unknown>): CheckedResponse {
  const code = typeof error.code === 'string' ? error.code : 'unknown';
  if (code === 'maxlag') return { kind: 'maxlag', lagSeconds: typeof error.lag === 'number' ? error.lag : 5 };
  const info = typeof error.info === 'string' ? error.info : '';
  return typeof error.id === 'string'
    ? { kind: 'api-error', code, info, id: error.id }
    : { kind: 'api-error', code, info };
}
