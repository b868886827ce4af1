/**
 * action=query&list=search as Wikidata answers haswbstatement searches (MediaWiki ApiQuerySearch
 * over CirrusSearch + WikibaseCirrusSearch). Pure: parameters and an index in, a reply out.
 * - Refusals are MediaWiki API errors (HTTP 200): cirrussearch-query-too-long(-with-exemptions),
 *   cirrussearch-offset-too-large (offset + limit stop at 10,000), missingparam, badinteger.
 * - Plain words and other keywords are refused with `unsupported-search-term`: the fake does not
 *   search text, and a reverse lookup never needs it.
 * - Answer: batchcomplete, continue {sroffset, continue: "-||"} while results remain, limits (for
 *   srlimit=max), warnings, query {searchinfo {totalhits}, search [{ns, title, pageid}]}.
 */
import { apiError, JSON_TYPE, type Params } from './api.js';
import { searchDocs, type SearchDoc, type SearchIndex } from './search-index.js';
import { parseSearchParams, type SearchParams, type Warning } from './search-params.js';
import { checkLength, parseSearch, type LengthRule } from './search-query.js';
import type { Reply } from './types.js';

/** Searcher::MAX_OFFSET_LIMIT: no result past the 10,000th. */
export const MAX_OFFSET_LIMIT = 10_000;
const WHATS = ['text', 'title', 'nearmatch'];

export interface SearchOutcome {
  reply: Reply;
  /** Results in this page and the total, when answered. */
  hits?: number;
  totalhits?: number;
  /** The API error code, when refused. */
  error?: string;
}

function refuse(params: Params, code: string, info: string): SearchOutcome {
  return { reply: apiError(params, code, info), error: code };
}

export function handleSearch(params: Params, index: () => SearchIndex, rule: LengthRule): SearchOutcome {
  const { list, generator, prop, meta } = params;
  if (list !== 'search' || generator !== undefined || prop !== undefined || meta !== undefined) {
    const info = `The fake Wikibase answers action=query with list=search only, got list=${list ?? ''}.`;
    return refuse(params, 'badvalue', info);
  }
  const srsearch = params['srsearch'] ?? '';
  if (srsearch === '') return refuse(params, 'missingparam', 'The "srsearch" parameter must be set.');
  const parsed = parseSearchParams(params);
  if ('code' in parsed) return refuse(params, parsed.code, parsed.info);
  if (!WHATS.includes(parsed.what)) {
    return refuse(params, 'badvalue', `Unrecognized value for parameter "srwhat": ${parsed.what}.`);
  }
  if (parsed.what === 'title') return refuse(params, 'search-title-disabled', 'title search is disabled.');
  const tooLong = checkLength(srsearch, rule);
  if (tooLong) return refuse(params, tooLong.code, tooLong.info);
  const { keywords, terms } = parseSearch(srsearch);
  if (terms.length > 0) {
    const info = `The fake Wikibase searches haswbstatement keywords only, not ${JSON.stringify(terms[0])}.`;
    return refuse(params, 'unsupported-search-term', info);
  }
  if (parsed.offset >= MAX_OFFSET_LIMIT) {
    const info =
      `Could not retrieve results. Up to ${MAX_OFFSET_LIMIT} search results are supported, ` +
      `but results starting at ${parsed.offset} were requested.`;
    return refuse(params, 'cirrussearch-offset-too-large', info);
  }
  const result =
    parsed.what === 'nearmatch' ? { docs: [], warnings: [] } : searchDocs(index(), keywords, parsed.namespaces);
  const warnings = [...parsed.warnings, ...result.warnings.map((text) => ({ module: 'search', text }))];
  return answer(params, parsed, result.docs, warnings);
}

function answer(params: Params, parsed: SearchParams, docs: SearchDoc[], warnings: Warning[]): SearchOutcome {
  const { offset, limit } = parsed;
  const end = Math.min(offset + limit, MAX_OFFSET_LIMIT);
  const page = docs.slice(offset, end);
  const v2 = params['formatversion'] === '2' || params['formatversion'] === 'latest';
  const body: Record<string, unknown> = { batchcomplete: v2 ? true : '' };
  if (end < docs.length && end < MAX_OFFSET_LIMIT) body['continue'] = { sroffset: end, continue: '-||' };
  if (parsed.limitIsMax) body['limits'] = { search: limit };
  if (warnings.length > 0) body['warnings'] = renderWarnings(warnings, v2);
  const searchinfo = parsed.info.has('totalhits') ? { searchinfo: { totalhits: docs.length } } : {};
  body['query'] = { ...searchinfo, search: page.map((doc) => resultItem(doc, parsed.prop)) };
  return {
    reply: { status: 200, body: JSON.stringify(body), headers: { 'content-type': JSON_TYPE } },
    hits: page.length,
    totalhits: docs.length,
  };
}

/** ApiQuerySearch::getSearchResultData: ns, title, pageid, then the asked props in its order. */
function resultItem(doc: SearchDoc, prop: ReadonlySet<string>): Record<string, unknown> {
  const item: Record<string, unknown> = { ns: doc.ns, title: doc.title, pageid: doc.pageid };
  if (prop.has('size')) item['size'] = doc.size;
  if (prop.has('wordcount')) item['wordcount'] = 0;
  if (prop.has('snippet')) item['snippet'] = '';
  if (prop.has('timestamp')) item['timestamp'] = doc.timestamp;
  return item;
}

/** The `bc` error format: one text per module, several joined by newlines. */
function renderWarnings(warnings: Warning[], v2: boolean): Record<string, Record<string, string>> {
  const byModule: Record<string, string[]> = {};
  for (const { module, text } of warnings) (byModule[module] ??= []).push(text);
  const key = v2 ? 'warnings' : '*';
  return Object.fromEntries(Object.entries(byModule).map(([module, texts]) => [module, { [key]: texts.join('\n') }]));
}
