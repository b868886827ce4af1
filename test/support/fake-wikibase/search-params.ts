/**
 * list=search parameters as MediaWiki's ApiQuerySearch validates them: srlimit (1..500 or `max`,
 * clamped with a warning), sroffset, srnamespace, srwhat, srinfo, srprop, and a warning for
 * parameters no module knows. Pure.
 */
import type { Params } from './api.js';

export const SEARCH_LIMIT_DEFAULT = 10;
/** ApiBase::LIMIT_BIG1: srlimit's maximum for users without apihighlimits. */
export const SEARCH_LIMIT_MAX = 500;

export interface Warning {
  module: string;
  text: string;
}

export interface SearchParams {
  limit: number;
  /** True for srlimit=max (the answer then reports `limits`). */
  limitIsMax: boolean;
  offset: number;
  /** undefined: every namespace (`*`). */
  namespaces: ReadonlySet<number> | undefined;
  what: string;
  info: ReadonlySet<string>;
  prop: ReadonlySet<string>;
  warnings: Warning[];
}

export type ParamError = { code: string; info: string };

const KNOWN = new Set(
  (
    'action format formatversion maxlag smaxage maxage assert assertuser requestid servedby curtimestamp ' +
    'responselanginfo origin uselang variant errorformat errorlang errorsuselocal utf8 ascii callback ' +
    'continue rawcontinue list prop meta generator titles pageids revids redirects converttitles ' +
    'indexpageids export exportnowrap iwurl srsearch srnamespace srlimit sroffset srqiprofile srwhat srinfo ' +
    'srprop srinterwiki srenablerewrites srsort'
  ).split(' '),
);

function pipeSet(value: string | undefined, fallback: string): Set<string> {
  return new Set((value ?? fallback).split('|').filter((item) => item !== ''));
}

function integer(name: string, value: string): number | ParamError {
  if (/^[+-]?\d+$/.test(value)) return Number(value);
  return { code: 'badinteger', info: `Invalid value "${value}" for integer parameter "${name}".` };
}

/** srlimit: `max` or an integer, clamped to 1..500 with MediaWiki's warnings. */
export function parseLimit(value: string | undefined, warnings: Warning[]): number | ParamError {
  if (value === undefined) return SEARCH_LIMIT_DEFAULT;
  if (value === 'max') return SEARCH_LIMIT_MAX;
  const limit = integer('srlimit', value);
  if (typeof limit !== 'number') return limit;
  if (limit < 1) warnings.push({ module: 'search', text: `srlimit may not be less than 1 (set to ${limit}).` });
  if (limit > SEARCH_LIMIT_MAX) {
    warnings.push({
      module: 'search',
      text: `srlimit may not be over ${SEARCH_LIMIT_MAX} (set to ${limit}) for users.`,
    });
  }
  return Math.min(Math.max(limit, 1), SEARCH_LIMIT_MAX);
}

export function parseOffset(value: string | undefined, warnings: Warning[]): number | ParamError {
  if (value === undefined) return 0;
  const offset = integer('sroffset', value);
  if (typeof offset !== 'number') return offset;
  if (offset < 0) warnings.push({ module: 'search', text: `sroffset may not be less than 0 (set to ${offset}).` });
  return Math.max(offset, 0);
}

function parseNamespaces(value: string | undefined, warnings: Warning[]): Set<number> | undefined {
  if (value === '*') return undefined;
  const namespaces = new Set<number>();
  for (const item of pipeSet(value, '0')) {
    if (/^-?\d+$/.test(item)) namespaces.add(Number(item));
    else warnings.push({ module: 'search', text: `Unrecognized value for parameter "srnamespace": ${item}.` });
  }
  return namespaces;
}

function unknownParams(params: Params): Warning[] {
  const unknown = Object.keys(params).filter((name) => !KNOWN.has(name));
  if (unknown.length === 0) return [];
  const text =
    unknown.length === 1 ? `Unrecognized parameter: ${unknown[0]}.` : `Unrecognized parameters: ${unknown.join(', ')}.`;
  return [{ module: 'main', text }];
}

export function parseSearchParams(params: Params): SearchParams | ParamError {
  const warnings = unknownParams(params);
  const limit = parseLimit(params['srlimit'], warnings);
  if (typeof limit !== 'number') return limit;
  const offset = parseOffset(params['sroffset'], warnings);
  if (typeof offset !== 'number') return offset;
  return {
    limit,
    limitIsMax: params['srlimit'] === 'max',
    offset,
    namespaces: parseNamespaces(params['srnamespace'], warnings),
    what: params['srwhat'] ?? 'text',
    info: pipeSet(params['srinfo'], 'totalhits|suggestion|rewrittenquery'),
    prop: pipeSet(params['srprop'], 'size|wordcount|timestamp|snippet'),
    warnings,
  };
}
