/** /wiki/Special:EntityData/Q42.json: one full entity; 404 missing, 400 bad id, 301 for a merged item. Pure. */
import { JSON_TYPE, type EntityStore } from './api.js';
import { isValidEntityId, normalizeEntityId } from './ids.js';
import { ALL_PROPS, renderEntity, type RenderOptions } from './render.js';
import type { Reply } from './types.js';

export const ENTITY_DATA_PREFIX = '/wiki/Special:EntityData/';
const HTML_TYPE = 'text/html; charset=utf-8';

/** The id in an EntityData path (`Q42` for `.../Q42.json`), or undefined for other paths. */
export function entityDataId(path: string): string | undefined {
  if (!path.startsWith(ENTITY_DATA_PREFIX)) return undefined;
  const name = safeDecode(path.slice(ENTITY_DATA_PREFIX.length));
  const dot = name.lastIndexOf('.');
  return dot === -1 ? name : name.slice(0, dot);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function entityDataFormat(path: string): string | undefined {
  const name = path.slice(ENTITY_DATA_PREFIX.length);
  const dot = name.lastIndexOf('.');
  return dot === -1 ? undefined : name.slice(dot + 1);
}

const FULL: Omit<RenderOptions, 'pad'> = {
  props: new Set([...ALL_PROPS, 'sitelinks/urls']),
  languages: undefined,
  languageFallback: false,
  siteFilter: undefined,
};

export function handleEntityData(path: string, baseUrl: string, store: EntityStore): Reply {
  const id = entityDataId(path) ?? '';
  const format = entityDataFormat(path);
  if (!isValidEntityId(id)) return htmlReply(400, `Invalid ID: ${id}.`);
  const key = normalizeEntityId(id);
  if (format === undefined) return redirectReply(303, `${baseUrl}${ENTITY_DATA_PREFIX}${key}.json`);
  if (format !== 'json') return htmlReply(415, `Unsupported format: ${format}.`);
  const target = store.redirects.get(key);
  if (target !== undefined) return redirectReply(301, `${baseUrl}${ENTITY_DATA_PREFIX}${target}.json`);
  const entity = store.entities.get(key);
  if (entity === undefined) return htmlReply(404, `No entity with ID ${key} exists.`);
  const json = renderEntity(entity, { ...FULL, pad: store.pad });
  return { status: 200, body: `{"entities":{${JSON.stringify(key)}:${json}}}`, headers: { 'content-type': JSON_TYPE } };
}

function htmlReply(status: number, message: string): Reply {
  const body = `<!DOCTYPE html><html><head><title>Error</title></head><body><p>${escapeHtml(message)}</p></body></html>`;
  return { status, body, headers: { 'content-type': HTML_TYPE } };
}

function redirectReply(status: number, location: string): Reply {
  return { status, body: '', headers: { location, 'content-type': HTML_TYPE } };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
