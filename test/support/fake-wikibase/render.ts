/** Renders one entity as JSON text, honouring wbgetentities' props/languages/fallback/sitefilter. */
import { pageInfo } from './ids.js';
import {
  padAliases,
  padAliasesInner,
  padSitelink,
  padSitelinksInner,
  padTerm,
  padTermsInner,
  sitelinkUrl,
  type PadSource,
  type Sitelink,
  type Term,
  type TermKind,
} from './padding.js';
import type { EntityJson } from './types.js';

export const ALL_PROPS = ['info', 'sitelinks', 'aliases', 'labels', 'descriptions', 'claims', 'datatype'] as const;

export interface RenderOptions {
  /** Requested props; 'sitelinks/urls' adds urls (and implies sitelinks). */
  props: ReadonlySet<string>;
  languages: readonly string[] | undefined;
  languageFallback: boolean;
  siteFilter: ReadonlySet<string> | undefined;
  pad: boolean;
}

export interface Redirect {
  from: string;
  to: string;
}

const KNOWN_KEYS = new Set([
  'pageid',
  'ns',
  'title',
  'lastrevid',
  'modified',
  'redirects',
  'type',
  'id',
  'datatype',
  'labels',
  'descriptions',
  'aliases',
  'claims',
  'sitelinks',
]);
const TYPES: Record<string, string> = { Q: 'item', P: 'property', L: 'lexeme', M: 'mediainfo' };

/** The entity's JSON text in Wikibase's key order. */
export function renderEntity(entity: EntityJson, options: RenderOptions, redirect?: Redirect): string {
  const { props } = options;
  const source = padSource(entity);
  const parts: string[] = [];
  if (props.has('info')) parts.push(JSON.stringify(pageInfo(entity, entity.id)).slice(1, -1));
  if (redirect) parts.push(`"redirects":${JSON.stringify(redirect)}`);
  parts.push(`"type":${JSON.stringify(entity['type'] ?? TYPES[entity.id.charAt(0)] ?? 'item')}`);
  parts.push(`"id":${JSON.stringify(entity.id)}`);
  if (props.has('datatype') && entity['datatype'] !== undefined)
    parts.push(`"datatype":${JSON.stringify(entity['datatype'])}`);
  if (props.has('labels')) parts.push(`"labels":${renderTerms('labels', entity, source, options)}`);
  if (props.has('descriptions')) parts.push(`"descriptions":${renderTerms('descriptions', entity, source, options)}`);
  if (props.has('aliases')) parts.push(`"aliases":${renderAliases(entity, source, options)}`);
  if (props.has('claims')) parts.push(`"claims":${JSON.stringify(entity['claims'] ?? {})}`);
  if (props.has('sitelinks') || props.has('sitelinks/urls'))
    parts.push(`"sitelinks":${renderSitelinks(entity, source, options)}`);
  for (const [key, value] of Object.entries(entity)) {
    if (!KNOWN_KEYS.has(key)) parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }
  return `{${parts.join(',')}}`;
}

function padSource(entity: EntityJson): PadSource {
  const labels = recordOf<Term>(entity['labels']);
  const label = labels['en'] ?? labels['fr'] ?? Object.values(labels)[0];
  return { id: entity.id, name: label?.value ?? entity.id };
}

function recordOf<T>(value: unknown): Record<string, T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, T>) : {};
}

/** `{` real entries, padding entries `}` as JSON text. */
function mergeInner(real: object, padInner: string): string {
  const realInner = JSON.stringify(real).slice(1, -1);
  return `{${[realInner, padInner].filter((inner) => inner !== '').join(',')}}`;
}

function renderTerms(kind: TermKind, entity: EntityJson, source: PadSource, options: RenderOptions): string {
  const real = recordOf<Term>(entity[kind]);
  if (options.languages === undefined)
    return options.pad ? mergeInner(real, padTermsInner(kind, source)) : JSON.stringify(real);
  const picked: Record<string, Term | FallbackTerm> = {};
  for (const language of options.languages) {
    const term = real[language] ?? (options.pad ? padTerm(kind, source, language) : undefined);
    const found = term ?? (options.languageFallback ? fallbackTerm(real, language) : undefined);
    if (found) picked[language] = found;
  }
  return JSON.stringify(picked);
}

interface FallbackTerm extends Term {
  'for-language': string;
}

/** Fallback chain: base language (de-ch -> de), then en, fr, then any language present. */
export function fallbackTerm(terms: Record<string, Term>, language: string): FallbackTerm | undefined {
  const base = language.split('-')[0] ?? language;
  const chain = [base, 'en', 'fr', ...Object.keys(terms)];
  const actual = chain.find((code) => code !== language && terms[code] !== undefined);
  const term = actual === undefined ? undefined : terms[actual];
  return term && { language: term.language, value: term.value, 'for-language': language };
}

function renderAliases(entity: EntityJson, source: PadSource, options: RenderOptions): string {
  const real = recordOf<Term[]>(entity['aliases']);
  if (options.languages === undefined)
    return options.pad ? mergeInner(real, padAliasesInner(source)) : JSON.stringify(real);
  const picked: Record<string, Term[]> = {};
  for (const language of options.languages) {
    const terms = real[language] ?? (options.pad ? padAliases(source, language) : undefined);
    if (terms) picked[language] = terms;
  }
  return JSON.stringify(picked);
}

function renderSitelinks(entity: EntityJson, source: PadSource, options: RenderOptions): string {
  const withUrl = options.props.has('sitelinks/urls');
  const real = withUrls(recordOf<Sitelink>(entity['sitelinks']), withUrl);
  if (options.siteFilter === undefined)
    return options.pad ? mergeInner(real, padSitelinksInner(source, withUrl)) : JSON.stringify(real);
  const picked: Record<string, Sitelink> = {};
  for (const site of options.siteFilter) {
    const link = real[site] ?? (options.pad ? padSitelink(source, site, withUrl) : undefined);
    if (link) picked[site] = link;
  }
  return JSON.stringify(picked);
}

function withUrls(links: Record<string, Sitelink>, withUrl: boolean): Record<string, Sitelink> {
  if (!withUrl) return links;
  const out: Record<string, Sitelink> = {};
  for (const [site, link] of Object.entries(links))
    out[site] = { ...link, url: link.url ?? sitelinkUrl(site, link.title) };
  return out;
}
