/** Helpers for tests of the fake Wikibase's list=search: requests, answers, odd statements. */
import { entity } from './entities.js';
import type { FakeWikibase } from './fake-wikibase.js';

export interface SearchHit {
  ns: number;
  title: string;
  pageid: number;
  timestamp?: string;
}

export interface SearchBody {
  batchcomplete?: boolean | string;
  continue?: { sroffset: number; continue: string };
  limits?: { search: number };
  warnings?: Record<string, { warnings?: string; '*'?: string }>;
  query?: { searchinfo?: { totalhits: number }; search?: SearchHit[] };
  error?: { code: string; info: string };
}

export interface SearchResponse {
  status: number;
  headers: Headers;
  body: SearchBody;
}

/** GET action=query&list=search with the parameters a reverse lookup sends, overridable. */
export async function search(fake: FakeWikibase, params: Record<string, string>): Promise<SearchResponse> {
  const query = new URLSearchParams({
    action: 'query',
    list: 'search',
    srnamespace: '0',
    srprop: '',
    format: 'json',
    formatversion: '2',
    ...params,
  });
  const response = await fetch(`${fake.apiUrl}?${query.toString()}`);
  return { status: response.status, headers: response.headers, body: (await response.json()) as SearchBody };
}

/** The titles of one page of results; fails on an API error. */
export async function searchTitles(
  fake: FakeWikibase,
  srsearch: string,
  params: Record<string, string> = {},
): Promise<string[]> {
  const { body } = await search(fake, { srsearch, srlimit: 'max', ...params });
  if (body.error !== undefined) throw new Error(`Expected results for ${srsearch}, got ${JSON.stringify(body.error)}`);
  return (body.query?.search ?? []).map((hit) => hit.title);
}

/** A statement on `owner`: an item value of `property`, or somevalue when `target` is undefined. */
export function statement(
  owner: string,
  property: string,
  target?: string,
  rank: 'preferred' | 'normal' | 'deprecated' = 'normal',
): Record<string, unknown> {
  const mainsnak =
    target === undefined
      ? { snaktype: 'somevalue', property, datatype: 'wikibase-item' }
      : {
          snaktype: 'value',
          property,
          datavalue: {
            value: { 'entity-type': 'item', 'numeric-id': Number(target.slice(1)), id: target },
            type: 'wikibase-entityid',
          },
          datatype: 'wikibase-item',
        };
  return { mainsnak, type: 'statement', id: `${owner}$${property}-${target ?? 'somevalue'}`, rank };
}

/** Anne (Q1) and Bob (Q2) and their children, with the awkward statements Wikidata has. */
export const FAMILY: Array<Record<string, unknown>> = [
  entity('Q1', { label: 'Anne', children: ['Q3', 'Q4'], spouses: ['Q2'] }),
  entity('Q2', { label: 'Bob', spouses: ['Q1'] }),
  entity('Q3', { fathers: ['Q2'], mothers: ['Q1'] }),
  {
    ...entity('Q4', { mothers: ['Q1'] }),
    claims: { P25: [statement('Q4', 'P25', 'Q1')], P22: [statement('Q4', 'P22')] },
  },
  { ...entity('Q5'), claims: { P22: [statement('Q5', 'P22', 'Q2', 'deprecated')] } },
  entity('Q6', { mothers: ['Q1'] }),
  entity('Q7', { label: 'merged into Q6', mothers: ['Q1'] }),
  entity('Q10', { fathers: ['Q2'] }),
];
