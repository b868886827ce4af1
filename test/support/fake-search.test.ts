/**
 * list=search with haswbstatement on the fake Wikibase, over real HTTP: semantics (AND, OR,
 * negation, ranks, somevalue, redirects), the length limits, paging, parameters and answer shape.
 * The knobs (faults, cap, latency, log, index lag) are in fake-search-knobs.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { entity } from './entities.js';
import { startFakeWikibase, type FakeWikibase } from './fake-wikibase.js';
import { FAMILY, search, searchTitles, type SearchBody } from './fake-search-helpers.js';

describe('haswbstatement semantics', () => {
  let fake: FakeWikibase;
  beforeAll(async () => {
    fake = await startFakeWikibase({ dataset: FAMILY, redirects: { Q7: 'Q6' }, padEntities: false });
  });
  afterAll(() => fake.close());

  it('ORs the clauses of one keyword and skips a merged item', async () => {
    expect(await searchTitles(fake, 'haswbstatement:P22=Q1|P25=Q1')).toEqual(['Q3', 'Q4', 'Q6']);
  });

  it('ANDs keywords, and negates one with - (or !)', async () => {
    expect(await searchTitles(fake, 'haswbstatement:P22=Q2 haswbstatement:P25=Q1')).toEqual(['Q3']);
    expect(await searchTitles(fake, 'haswbstatement:P25=Q1 -haswbstatement:P22=Q2')).toEqual(['Q4', 'Q6']);
    expect(await searchTitles(fake, 'haswbstatement:P25=Q1 !haswbstatement:P22=Q2')).toEqual(['Q4', 'Q6']);
  });

  it('matches P=Q case-insensitively and in numeric order', async () => {
    expect(await searchTitles(fake, 'haswbstatement:p22=q2')).toEqual(['Q3', 'Q5', 'Q10']);
  });

  it('indexes deprecated statements (no rank filter); somevalue matches P but never P=Q', async () => {
    expect(await searchTitles(fake, 'haswbstatement:P22=Q2')).toEqual(['Q3', 'Q5', 'Q10']);
    expect(await searchTitles(fake, 'haswbstatement:P22')).toEqual(['Q3', 'Q4', 'Q5', 'Q10']);
    expect(await searchTitles(fake, 'haswbstatement:*')).toHaveLength(8 - 1);
  });

  it('answers no results and a warning for a keyword with no valid clause', async () => {
    const { body } = await search(fake, { srsearch: 'haswbstatement:Q22=Q1|child' });
    expect(body.query?.search).toEqual([]);
    expect(body.warnings).toEqual({ search: { warnings: 'haswbstatement keyword contains no valid statements' } });
  });

  it('refuses plain words: the fake searches no text', async () => {
    const { body } = await search(fake, { srsearch: 'haswbstatement:P25=Q1 Anne' });
    expect(body.error).toMatchObject({ code: 'unsupported-search-term' });
  });

  it('answers the formatversion=2 shape of MediaWiki', async () => {
    const { status, body } = await search(fake, { srsearch: 'haswbstatement:P25=Q1', srlimit: '2' });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['batchcomplete', 'continue', 'query']);
    expect(body.batchcomplete).toBe(true);
    expect(body.continue).toEqual({ sroffset: 2, continue: '-||' });
    expect(body.query?.searchinfo).toEqual({ totalhits: 3 });
    expect(body.query?.search?.[0]).toEqual({ ns: 0, title: 'Q3', pageid: expect.any(Number) });
    const v1 = await search(fake, { srsearch: 'haswbstatement:P25=Q1', formatversion: '1', srprop: 'timestamp' });
    expect(v1.body.batchcomplete).toBe('');
    expect(v1.body.query?.search?.[0]).toEqual({
      ns: 0,
      title: 'Q3',
      pageid: expect.any(Number),
      timestamp: expect.any(String),
    });
  });

  it('honours srinfo, srnamespace and srwhat', async () => {
    const noInfo = await search(fake, { srsearch: 'haswbstatement:P25=Q1', srinfo: '' });
    expect(noInfo.body.query).toEqual({ search: expect.any(Array) });
    expect(await searchTitles(fake, 'haswbstatement:P25=Q1', { srnamespace: '120' })).toEqual([]);
    expect(await searchTitles(fake, 'haswbstatement:P25=Q1', { srnamespace: '*' })).toHaveLength(3);
    const title = await search(fake, { srsearch: 'haswbstatement:P25=Q1', srwhat: 'title' });
    expect(title.body.error?.code).toBe('search-title-disabled');
  });

  it('accepts POST with the parameters in the body', async () => {
    const body = new URLSearchParams({
      action: 'query',
      list: 'search',
      srsearch: 'haswbstatement:P25=Q1',
      format: 'json',
    });
    const response = await fetch(fake.apiUrl, { method: 'POST', body });
    expect(((await response.json()) as SearchBody).query?.search?.map((hit) => hit.title)).toEqual(['Q3', 'Q4', 'Q6']);
  });
});

/** A search string of exactly `length` characters: one keyword, one P22 clause with a long id. */
function queryOfLength(length: number): string {
  const head = 'haswbstatement:P22=Q';
  return head + '1'.repeat(length - head.length);
}

describe('search string length', () => {
  let strict: FakeWikibase;
  let exempt: FakeWikibase;
  beforeAll(async () => {
    strict = await startFakeWikibase({ dataset: FAMILY, padEntities: false });
    exempt = await startFakeWikibase({
      dataset: FAMILY,
      padEntities: false,
      search: { lengthRule: 'keywords-exempt' },
    });
  });
  afterAll(() => Promise.all([strict.close(), exempt.close()]));

  it('strict (default): accepts 300 characters and refuses 301 with cirrussearch-query-too-long', async () => {
    expect((await search(strict, { srsearch: queryOfLength(300) })).body.query?.search).toEqual([]);
    const { status, headers, body } = await search(strict, { srsearch: queryOfLength(301) });
    expect(status).toBe(200);
    expect(headers.get('mediawiki-api-error')).toBe('cirrussearch-query-too-long');
    expect(body.error).toMatchObject({
      code: 'cirrussearch-query-too-long',
      info: 'Search request is longer than the maximum allowed length. (301 > 300)',
    });
    expect(body.query).toBeUndefined();
  });

  it('keywords-exempt: keyword text does not count; 4096 characters in all do', async () => {
    expect((await search(exempt, { srsearch: queryOfLength(4096) })).body.query?.search).toEqual([]);
    expect((await search(exempt, { srsearch: queryOfLength(4097) })).body.error).toMatchObject({
      code: 'cirrussearch-query-too-long',
      info: 'Search request is longer than the maximum allowed length. (Actual: 4097; allowed: 4096)',
    });
    const spaced = (spaces: number) => `haswbstatement:P22=Q2${' '.repeat(spaces)}haswbstatement:P25=Q1`;
    expect(await searchTitles(exempt, spaced(300))).toEqual(['Q3']);
    expect((await search(exempt, { srsearch: spaced(301) })).body.error).toMatchObject({
      code: 'cirrussearch-query-too-long-with-exemptions',
      info: 'Search request is longer than the maximum allowed length. (Actual: 343, allowed: 300, not counting haswbstatement)',
    });
  });
});

describe('paging', () => {
  let royals: FakeWikibase;
  beforeAll(async () => {
    royals = await startFakeWikibase();
  });
  afterAll(() => royals.close());

  it("finds Queen Victoria's nine children from their P22/P25", async () => {
    expect(await searchTitles(royals, 'haswbstatement:P22=Q9439|P25=Q9439', { srlimit: 'max' })).toEqual([
      'Q20875',
      'Q116728',
      'Q155566',
      'Q158140',
      'Q158143',
      'Q160539',
      'Q160541',
      'Q160558',
      'Q161167',
    ]);
  });

  it('pages with sroffset while continue is present, and the pages add up to totalhits', async () => {
    const titles: string[] = [];
    const pages: number[] = [];
    let offset: number | undefined = 0;
    while (offset !== undefined) {
      const { body } = await search(royals, {
        srsearch: 'haswbstatement:P31=Q5',
        srlimit: 'max',
        sroffset: String(offset),
      });
      expect(body.query?.searchinfo?.totalhits).toBe(5171);
      expect(body.limits).toEqual({ search: 500 });
      titles.push(...(body.query?.search ?? []).map((hit) => hit.title));
      pages.push(body.query?.search?.length ?? 0);
      offset = body.continue?.sroffset;
    }
    expect(pages).toEqual([...Array<number>(10).fill(500), 171]);
    expect(new Set(titles).size).toBe(5171);
  });

  it('defaults srlimit to 10 and clamps it to 1..500 with MediaWiki warnings', async () => {
    const query = 'haswbstatement:P31=Q5';
    expect((await search(royals, { srsearch: query })).body.query?.search).toHaveLength(10);
    const over = await search(royals, { srsearch: query, srlimit: '600' });
    expect(over.body.query?.search).toHaveLength(500);
    expect(over.body.warnings?.['search']).toEqual({ warnings: 'srlimit may not be over 500 (set to 600) for users.' });
    const under = await search(royals, { srsearch: query, srlimit: '0' });
    expect(under.body.query?.search).toHaveLength(1);
    expect((await search(royals, { srsearch: query, srlimit: 'ten' })).body.error?.code).toBe('badinteger');
    const unknown = await search(royals, { srsearch: query, srfoo: '1' });
    expect(unknown.body.warnings?.['main']).toEqual({ warnings: 'Unrecognized parameter: srfoo.' });
  });
});

describe('the 10,000-result depth limit', () => {
  it('stops paging at offset + limit = 10,000 and refuses an offset from 10,000', async () => {
    const many = Array.from({ length: 10_050 }, (_, i) => entity(`Q${i + 1}`, { mothers: ['Q99999999'] }));
    const fake = await startFakeWikibase({ dataset: many, padEntities: false });
    try {
      const params = { srsearch: 'haswbstatement:P25=Q99999999', srlimit: '500' };
      const last = await search(fake, { ...params, sroffset: '9900' });
      expect(last.body.query?.search).toHaveLength(100);
      expect(last.body.query?.searchinfo?.totalhits).toBe(10_050);
      expect(last.body.continue).toBeUndefined();
      expect((await search(fake, { ...params, sroffset: '10000' })).body.error?.code).toBe(
        'cirrussearch-offset-too-large',
      );
    } finally {
      await fake.close();
    }
  });
});
