/**
 * What WikibaseCirrusSearch's StatementsField (statement_keywords) indexes for one entity. Pure.
 * - `P=value` for every statement whose main snak has a value the index formats (items and other
 *   entity ids, strings and external ids), plus `P=value[Q=value]` for each such qualifier.
 * - A bare `P` for a property none of whose statements gave a `P=value` (somevalue, novalue,
 *   values of other types): `haswbstatement:P` still finds the entity, `haswbstatement:P=Q` does not.
 * - Every rank, deprecated included (StatementsField filters no rank), unless told otherwise.
 * Returned lower-cased, as the field's lowercase_keyword normalizer stores them.
 */

interface Snak {
  snaktype?: string;
  property?: string;
  datavalue?: { type?: string; value?: unknown };
}

interface Statement {
  mainsnak?: Snak;
  rank?: string;
  qualifiers?: Record<string, Snak[]>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The indexed form of a value snak's value, or undefined when the index skips it. */
function snakValue(snak: Snak): string | undefined {
  if (snak.snaktype !== 'value' || snak.datavalue === undefined) return undefined;
  const { type, value } = snak.datavalue;
  if (type === 'string' && typeof value === 'string' && value !== '') return value;
  if (type !== 'wikibase-entityid' || !isRecord(value)) return undefined;
  if (typeof value['id'] === 'string') return value['id'];
  const numeric = value['numeric-id'];
  return typeof numeric === 'number' && value['entity-type'] === 'item' ? `Q${numeric}` : undefined;
}

function snakString(property: string, snak: Snak): string | undefined {
  const value = snakValue(snak);
  return value === undefined ? undefined : `${property}=${value}`;
}

export interface KeywordOptions {
  indexDeprecated: boolean;
}

export function statementKeywords(entity: Record<string, unknown>, options: KeywordOptions): string[] {
  const claims = isRecord(entity['claims']) ? entity['claims'] : {};
  const keywords: string[] = [];
  const unvalued: string[] = [];
  for (const [property, statements] of Object.entries(claims)) {
    let valued = false;
    let present = false;
    for (const statement of Array.isArray(statements) ? (statements as Statement[]) : []) {
      if (statement.rank === 'deprecated' && !options.indexDeprecated) continue;
      present = true;
      const main = statement.mainsnak && snakString(property, statement.mainsnak);
      if (main === undefined) continue;
      valued = true;
      keywords.push(main, ...qualifierKeywords(main, statement.qualifiers));
    }
    if (present && !valued) unvalued.push(property);
  }
  return [...keywords, ...unvalued].map((keyword) => keyword.toLowerCase());
}

function qualifierKeywords(main: string, qualifiers: Statement['qualifiers']): string[] {
  const keywords: string[] = [];
  for (const [property, snaks] of Object.entries(qualifiers ?? {})) {
    for (const snak of Array.isArray(snaks) ? snaks : []) {
      const qualifier = snakString(property, snak);
      if (qualifier !== undefined) keywords.push(`${main}[${qualifier}]`);
    }
  }
  return keywords;
}

/** The property of an indexed keyword: `p22` for `p22=q1`, `p22=q1[p580=...]` or `p22`. */
export function keywordProperty(keyword: string): string {
  const end = keyword.indexOf('=');
  return (end === -1 ? keyword : keyword.slice(0, end)).toUpperCase();
}
