/**
 * srsearch as CirrusSearch reads it, as far as haswbstatement goes: keywords (AND), their `|`
 * clauses (OR), negation, and the query length limits. Pure.
 * Sources: CirrusSearch QueryStringRegexParser (checkQueryLen, QUERY_LEN_HARD_LIMIT) and
 * WikibaseCirrusSearch HasWbStatementFeature (parseValue, isStatementStringValid).
 */

/** CirrusSearchMaxFullTextQueryLength (extension.json default, used by Wikidata). */
export const MAX_QUERY_LENGTH = 300;
/** QueryStringRegexParser::QUERY_LEN_HARD_LIMIT: no query is parsed beyond this many characters. */
export const QUERY_LENGTH_HARD_LIMIT = 4096;
/** HasWbStatementFeature::MIN_PREFIX_LEN: a `P=xx*` prefix needs at least 2 characters. */
const MIN_PREFIX_LENGTH = 2;
const KEYWORD = 'haswbstatement';

export interface Keyword {
  negated: boolean;
  /** The `|`-separated clauses as sent. */
  clauses: string[];
  /** The keyword's text as sent, negation sign included. */
  text: string;
}

export interface ParsedSearch {
  keywords: Keyword[];
  /** Everything else: plain words, phrases, other keywords (the fake does not search text). */
  terms: string[];
}

/** One clause, matched against the statement_keywords field (lower-cased, as its normalizer does). */
export type Clause =
  | { kind: 'any' }
  | { kind: 'property'; property: string }
  | { kind: 'statement'; key: string }
  | { kind: 'prefix'; prefix: string };

/** Splits on whitespace outside double quotes; `"a b"` stays one token. */
function tokens(query: string): string[] {
  return query.match(/(?:[^\s"]+|"[^"]*"?)+/g) ?? [];
}

export function parseSearch(query: string): ParsedSearch {
  const parsed: ParsedSearch = { keywords: [], terms: [] };
  for (const token of tokens(query)) {
    const negated = token.startsWith('-') || token.startsWith('!');
    const body = negated ? token.slice(1) : token;
    if (!body.startsWith(`${KEYWORD}:`)) {
      parsed.terms.push(token);
      continue;
    }
    const value = body.slice(KEYWORD.length + 1).replace(/^"(.*)"$/s, '$1');
    parsed.keywords.push({ negated, clauses: value.split('|'), text: token });
  }
  return parsed;
}

const VALID_CLAUSE = /^P[1-9]\d{0,9}(=|$)/i;
const PREFIX_END = /\*]?$/;

/**
 * A keyword's clauses; invalid ones are skipped silently, as on Wikidata. A warning instead when the
 * keyword can match nothing (CirrusSearch then answers no results at all, with that warning).
 */
export function parseClauses(keyword: Keyword): { clauses: Clause[] } | { warning: string } {
  const clauses: Clause[] = [];
  for (const text of keyword.clauses) {
    if (text === '*') clauses.push({ kind: 'any' });
    else if (!VALID_CLAUSE.test(text)) continue;
    else if (text.includes('=') && PREFIX_END.test(text)) {
      const prefix = text.replace(PREFIX_END, '');
      if ([...prefix.slice(prefix.indexOf('=') + 1)].length < MIN_PREFIX_LENGTH) {
        return { warning: 'haswbstatement keyword contains a prefix that is too short' };
      }
      clauses.push({ kind: 'prefix', prefix: prefix.toLowerCase() });
    } else if (text.includes('=')) clauses.push({ kind: 'statement', key: text.toLowerCase() });
    else clauses.push({ kind: 'property', property: text.toUpperCase() });
  }
  if (clauses.length === 0) return { warning: 'haswbstatement keyword contains no valid statements' };
  return { clauses };
}

/** The values of a search's `P=value` clauses (the items asked about), upper-cased, without repeats. */
export function askedIds(keywords: readonly Keyword[]): string[] {
  const ids = keywords.flatMap((keyword) =>
    keyword.clauses.filter((clause) => VALID_CLAUSE.test(clause) && clause.includes('=')),
  );
  return [...new Set(ids.map((clause) => clause.slice(clause.indexOf('=') + 1).toUpperCase()))];
}

export type LengthRule = 'strict' | 'keywords-exempt';

export interface Refusal {
  code: string;
  info: string;
}

const TOO_LONG = 'Search request is longer than the maximum allowed length.';

/** Characters as PHP's mb_strlen counts them (code points). */
function length(text: string): number {
  return [...text].length;
}

/**
 * 'strict': every character counts toward 300 (message as CirrusSearch wrote it before 2021).
 * 'keywords-exempt': CirrusSearch today: the hard limit on everything, then 300 on what is not
 * keyword text (messages as in its i18n/en.json).
 */
export function checkLength(query: string, rule: LengthRule): Refusal | undefined {
  const actual = length(query);
  if (rule === 'strict') {
    if (actual <= MAX_QUERY_LENGTH) return undefined;
    return { code: 'cirrussearch-query-too-long', info: `${TOO_LONG} (${actual} > ${MAX_QUERY_LENGTH})` };
  }
  if (actual > QUERY_LENGTH_HARD_LIMIT) {
    const info = `${TOO_LONG} (Actual: ${actual}; allowed: ${QUERY_LENGTH_HARD_LIMIT})`;
    return { code: 'cirrussearch-query-too-long', info };
  }
  const { keywords } = parseSearch(query);
  const exempt = keywords.reduce((sum, keyword) => sum + length(keyword.text), 0);
  if (actual <= MAX_QUERY_LENGTH + exempt) return undefined;
  if (keywords.length === 0) {
    return {
      code: 'cirrussearch-query-too-long',
      info: `${TOO_LONG} (Actual: ${actual}; allowed: ${MAX_QUERY_LENGTH})`,
    };
  }
  return {
    code: 'cirrussearch-query-too-long-with-exemptions',
    info: `${TOO_LONG} (Actual: ${actual}, allowed: ${MAX_QUERY_LENGTH}, not counting ${KEYWORD})`,
  };
}
