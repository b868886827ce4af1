/**
 * Deterministic padding that brings a small dataset entity to a real entity's size: hundreds of
 * labels/descriptions in private-use language codes (qaa..qtz, never a real language) and hundreds
 * of sitelinks. Built as JSON text from precomputed fragments, so padding costs microseconds.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LABEL_LANGUAGE_COUNT = 300;
const ALIAS_LANGUAGE_COUNT = 250;
const SITE_COUNT = 250;
const FEATURED_BADGE = 'Q17437796';

/** ISO 639 reserves qaa..qtz for local use: 520 codes, none a real language. */
function privateUseCodes(count: number): string[] {
  const codes: string[] = [];
  for (let i = 0; codes.length < count; i += 1) {
    codes.push(`q${LETTERS.charAt(Math.floor(i / 26))}${LETTERS.charAt(i % 26)}`);
  }
  return codes;
}

export const PAD_LANGUAGES: readonly string[] = privateUseCodes(LABEL_LANGUAGE_COUNT);
const PAD_ALIAS_LANGUAGES = PAD_LANGUAGES.slice(0, ALIAS_LANGUAGE_COUNT);
const PAD_SITE_CODES = PAD_LANGUAGES.slice(0, SITE_COUNT);
const padLanguageSet = new Set(PAD_LANGUAGES);
const padAliasLanguageSet = new Set(PAD_ALIAS_LANGUAGES);
const padSiteSet = new Set(PAD_SITE_CODES.map((code) => `${code}wiki`));

export interface Term {
  language: string;
  value: string;
}

export interface Sitelink {
  site: string;
  title: string;
  badges: string[];
  url?: string;
}

/** What padding is made from: the entity's id and display name. */
export interface PadSource {
  id: string;
  name: string;
}

export type TermKind = 'labels' | 'descriptions';

const DESCRIPTION_MIDDLE = 'padding description in the private-use language';
const DESCRIPTION_TAIL = 'that stands in for a real translation';

export function padTermValue(kind: TermKind, source: PadSource, language: string): string {
  if (kind === 'labels') return source.name;
  return `${source.name} (${source.id}), ${DESCRIPTION_MIDDLE} ${language} ${DESCRIPTION_TAIL}`;
}

export function padAliasValues(source: PadSource, language: string): string[] {
  return [`${source.name} ${language}`, `${source.id} alias ${language}`, `alias of ${source.name}`];
}

/** The padded term for `language`, or undefined when it is not a padding language. */
export function padTerm(kind: TermKind, source: PadSource, language: string): Term | undefined {
  if (!padLanguageSet.has(language)) return undefined;
  return { language, value: padTermValue(kind, source, language) };
}

export function padAliases(source: PadSource, language: string): Term[] | undefined {
  if (!padAliasLanguageSet.has(language)) return undefined;
  return padAliasValues(source, language).map((value) => ({ language, value }));
}

export function padSitelink(source: PadSource, site: string, withUrl: boolean): Sitelink | undefined {
  if (!padSiteSet.has(site)) return undefined;
  const code = site.slice(0, -'wiki'.length);
  const badges = PAD_SITE_CODES.indexOf(code) % 17 === 0 ? [FEATURED_BADGE] : [];
  const link: Sitelink = { site, title: source.name, badges };
  if (withUrl) link.url = sitelinkUrl(site, source.name);
  return link;
}

/** https://xx.wikipedia.org/wiki/Title for an `xxwiki` site. */
export function sitelinkUrl(site: string, title: string): string {
  const host = site.endsWith('wiki')
    ? `${site.slice(0, -4).replaceAll('_', '-')}.wikipedia.org`
    : `${site}.example.org`;
  return `https://${host}/wiki/${encodeURIComponent(title.replaceAll(' ', '_'))}`;
}

const termPrefixes = PAD_LANGUAGES.map((code) => `"${code}":{"language":"${code}","value":`);

/** JSON string text without its closing quote, to append ASCII (a language code) and close. */
function openJsonString(text: string): string {
  return JSON.stringify(text).slice(0, -1);
}

/** The inside (no braces) of a labels/descriptions object holding every padding language. */
export function padTermsInner(kind: TermKind, source: PadSource): string {
  if (kind === 'labels') {
    const value = JSON.stringify(source.name);
    return termPrefixes.map((prefix) => `${prefix}${value}}`).join(',');
  }
  const head = openJsonString(`${source.name} (${source.id}), ${DESCRIPTION_MIDDLE} `);
  return PAD_LANGUAGES.map((code, i) => `${termPrefixes[i]}${head}${code} ${DESCRIPTION_TAIL}"}`).join(',');
}

export function padAliasesInner(source: PadSource): string {
  const name = openJsonString(`${source.name} `);
  const id = openJsonString(`${source.id} alias `);
  const aliasOf = JSON.stringify(`alias of ${source.name}`);
  return PAD_ALIAS_LANGUAGES.map((code) => {
    const open = `{"language":"${code}","value":`;
    return `"${code}":[${open}${name}${code}"},${open}${id}${code}"},${open}${aliasOf}}]`;
  }).join(',');
}

export function padSitelinksInner(source: PadSource, withUrl: boolean): string {
  const title = JSON.stringify(source.name);
  const path = encodeURIComponent(source.name.replaceAll(' ', '_'));
  return PAD_SITE_CODES.map((code, i) => {
    const badges = i % 17 === 0 ? `["${FEATURED_BADGE}"]` : '[]';
    const url = withUrl ? `,"url":"https://${code}.wikipedia.org/wiki/${path}"` : '';
    return `"${code}wiki":{"site":"${code}wiki","title":${title},"badges":${badges}${url}}`;
  }).join(',');
}
