import { InvalidIdError } from './errors.js';

/** A Wikidata item id such as `Q42`. Only produced by `parseItemId` / `isItemId`. */
export type ItemId = `Q${number}`;

/** Hosts whose item pages are Wikidata's (an item URL from any other host is refused for Wikidata). */
export const WIKIDATA_HOSTS: readonly string[] = ['www.wikidata.org', 'wikidata.org', 'm.wikidata.org'];

const ITEM_ID = /^Q[1-9][0-9]{0,11}$/;
const URL_FORMS = [
  /^https?:\/\/([^/?#]+)\/wiki\/(?:Item:)?(Q[0-9]+)(?:[#?].*)?$/i,
  /^https?:\/\/([^/?#]+)\/entity\/(Q[0-9]+)$/i,
  /^https?:\/\/([^/?#]+)\/wiki\/Special:EntityData\/(Q[0-9]+)(?:\.json)?$/i,
  /^https?:\/\/([^/?#]+)\/w\/index\.php\?(?:.*&)?title=(Q[0-9]+)(?:&.*)?$/i,
];

/** True for a well-formed item id (`Q1` … `Q999999999999`, no leading zero). */
export function isItemId(value: unknown): value is ItemId {
  return typeof value === 'string' && ITEM_ID.test(value);
}

/**
 * Accepts `Q42`, `q42`, or a URL of an item on the Wikibase the run reads
 * (`https://www.wikidata.org/wiki/Q42`, `http://www.wikidata.org/entity/Q42`, Special:EntityData);
 * `hosts` are that Wikibase's hosts (Wikidata's by default). Throws InvalidIdError, saying what was
 * expected and what arrived.
 */
export function parseItemId(input: string, hosts: readonly string[] = WIKIDATA_HOSTS): ItemId {
  const raw = String(input).trim();
  let candidate = raw;
  for (const form of URL_FORMS) {
    const match = form.exec(raw);
    if (!match?.[2]) continue;
    const host = match[1]!.toLowerCase().replace(/:\d+$/, '');
    if (!hosts.includes(host)) {
      throw new InvalidIdError(
        `Expected an item id like Q42 or an item URL on ${hosts[0] ?? 'the Wikibase'}, got a URL on ${JSON.stringify(host)}: ${JSON.stringify(clip(raw))}`,
      );
    }
    candidate = match[2];
    break;
  }
  if (/^q[0-9]+$/.test(candidate)) candidate = candidate.toUpperCase();
  if (isItemId(candidate)) return candidate;
  const hint = /^[PL][0-9]+$/i.test(candidate) ? ' (that is a property or lexeme id, not an item)' : '';
  throw new InvalidIdError(
    `Expected a Wikidata item id like Q42 or a Wikidata item URL, got ${JSON.stringify(clip(raw))}${hint}`,
  );
}

/** Numeric order of item ids (Q2 < Q10), for stable output. */
export function compareItemIds(a: ItemId, b: ItemId): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
