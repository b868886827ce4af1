/** Entity id syntax and the stable page metadata the fake derives from an id. */

const ENTITY_ID = /^(?:[QPM][1-9]\d{0,9}|L[1-9]\d{0,9}(?:-[FS][1-9]\d{0,9})?)$/i;

/** True when Wikibase's id parser would accept `id` (case-insensitive, no leading zero). */
export function isValidEntityId(id: string): boolean {
  return ENTITY_ID.test(id);
}

/** The canonical (upper-case) serialization Wikibase keys its answers by. */
export function normalizeEntityId(id: string): string {
  return id.toUpperCase();
}

/** 32-bit FNV-1a hash: stable numbers from an id. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface PageInfo {
  pageid: number;
  ns: number;
  title: string;
  lastrevid: number;
  modified: string;
}

const NAMESPACES: Record<string, { ns: number; prefix: string }> = {
  Q: { ns: 0, prefix: '' },
  P: { ns: 120, prefix: 'Property:' },
  L: { ns: 146, prefix: 'Lexeme:' },
  M: { ns: 6, prefix: 'File:' },
};

const MODIFIED_BASE_MS = Date.UTC(2024, 0, 1);
const TWO_YEARS_S = 2 * 365 * 24 * 3600;

/** Stable pageid/ns/title/lastrevid/modified; values present on the entity win. */
export function pageInfo(entity: Record<string, unknown>, id: string): PageInfo {
  const hash = fnv1a(id);
  const space = NAMESPACES[id.charAt(0)] ?? { ns: 0, prefix: '' };
  const modifiedMs = MODIFIED_BASE_MS + (hash % TWO_YEARS_S) * 1000;
  return {
    pageid: numberOr(entity['pageid'], 1 + (hash % 150_000_000)),
    ns: numberOr(entity['ns'], space.ns),
    title: stringOr(entity['title'], space.prefix + id),
    lastrevid: numberOr(entity['lastrevid'], 2_000_000_000 + (hash % 300_000_000)),
    modified: stringOr(entity['modified'], new Date(modifiedMs).toISOString().replace('.000Z', 'Z')),
  };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
