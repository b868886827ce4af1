/**
 * One dump line -> what the store keeps of it (pure): the entity parsed, compacted exactly as a
 * live fetch is (compactEntity: labels, descriptions, revision and the claims the Person model
 * reads, with statement ids, ranks, qualifiers, somevalue/novalue), its labels and descriptions
 * cut to the language chain, and its family statements for the links index.
 */
import { isItemId, type ItemId } from '../ids.js';
import { compactEntity } from '../person/parse.js';
import { familyStatements, truthyItems, type Claims, type StatedLink } from '../person/statements.js';
import { keepLanguages } from './keep-languages.js';

export interface DumpEntity {
  id: ItemId;
  /** The compact entity as JSON text (what `entities.json` holds). */
  json: string;
  revision: number | null;
  /** Milliseconds since 1970 of the entity's `modified`, if it has one. */
  modified: number | null;
  /** Any P22/P25/P40/P26 statement at all (somevalue, novalue and deprecated ones count). */
  family: boolean;
  /** Instance of human (P31 = Q5, truthy). */
  human: boolean;
  links: StatedLink[];
}

export type DumpLine = { entity: DumpEntity } | { skip: 'not an item' } | { error: string };

const FAMILY = ['P22', 'P25', 'P40', 'P26'] as const;

/**
 * Parses one line (a trailing comma and whitespace allowed). `languages` null keeps every
 * label; otherwise the chain, `mul`, and one other language when neither has one.
 */
export function readDumpLine(text: string, languages: readonly string[] | null): DumpLine {
  const line = stripComma(text);
  let value: unknown;
  try {
    value = JSON.parse(withoutBulk(line));
  } catch {
    try {
      value = JSON.parse(line);
    } catch {
      return { error: 'not valid JSON' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== 'string') return { error: 'an object without an id' };
  if (!isItemId(raw.id)) return /^[PLM][1-9][0-9]*/.test(raw.id) ? { skip: 'not an item' } : { error: 'bad id' };
  const compact = compactEntity(raw);
  if (languages) {
    if (compact.labels !== undefined) compact.labels = keepLanguages(compact.labels, languages);
    if (compact.descriptions !== undefined) compact.descriptions = keepLanguages(compact.descriptions, languages);
  }
  const claims = (typeof compact.claims === 'object' && compact.claims !== null ? compact.claims : {}) as Claims;
  const modified = typeof raw.modified === 'string' ? Date.parse(raw.modified) : NaN;
  return {
    entity: {
      id: raw.id,
      json: JSON.stringify(compact),
      revision: typeof raw.lastrevid === 'number' ? raw.lastrevid : null,
      modified: Number.isFinite(modified) ? modified : null,
      family: FAMILY.some((p) => Array.isArray(claims[p]) && (claims[p] as unknown[]).length > 0),
      human: truthyItems(claims, 'P31').includes('Q5'),
      links: familyStatements(claims),
    },
  };
}

/**
 * The line without its aliases and sitelinks (often a third of a real entity, and never read),
 * cut as text before the parse when the keys come in the dump's order. Safe: inside a JSON
 * string every quote is escaped, so `,"claims":{` and `,"sitelinks":{` can only be the entity's
 * own keys; any other layout is left whole.
 */
export function withoutBulk(line: string): string {
  let out = line;
  const aliases = out.indexOf(',"aliases":{');
  const claims = out.indexOf(',"claims":{');
  if (aliases > 0 && claims > aliases) out = out.slice(0, aliases) + out.slice(claims);
  const sitelinks = out.indexOf(',"sitelinks":{');
  if (sitelinks > 0 && sitelinks > out.indexOf(',"claims":{')) {
    const next = out.indexOf(',"lastrevid":', sitelinks);
    out = next > sitelinks ? out.slice(0, sitelinks) + out.slice(next) : `${out.slice(0, sitelinks)}}`;
  }
  return out;
}

function stripComma(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,]/.test(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
