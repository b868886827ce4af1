/**
 * The fake Wikibase's knobs on list=search: faults scoped by request kind, the concurrency cap,
 * latency (seen as overlap in the log, never as durations), the request log, and the index options
 * (deprecated statements, index lag).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { entity } from './entities.js';
import { FAMILY, search, searchTitles } from './fake-search-helpers.js';
import { requestRounds, searchRequests, startFakeWikibase, type FakeWikibase } from './fake-wikibase.js';

function getEntities(fake: FakeWikibase, ids: string): Promise<Response> {
  return fetch(`${fake.apiUrl}?action=wbgetentities&ids=${ids}&format=json&formatversion=2&maxlag=5`);
}

describe('faults scoped by request kind', () => {
  let fake: FakeWikibase;
  beforeAll(async () => {
    fake = await startFakeWikibase({ dataset: FAMILY, padEntities: false, retryAfterSeconds: 0.05 });
  });
  afterAll(() => fake.close());

  it('plays a search-scoped script on searches only; other requests neither get nor use it', async () => {
    fake.setFaults({ script: ['503', 'maxlag', 'truncated', 'none'], scope: ['search'] });
    fake.clearLog();
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const entities = await getEntities(fake, 'Q1');
      outcomes.push(`entities ${entities.status} ${((await entities.json()) as { success?: number }).success}`);
      const query = new URLSearchParams({ action: 'query', list: 'search', srsearch: 'haswbstatement:P25=Q1' });
      const response = await fetch(`${fake.apiUrl}?${query.toString()}&maxlag=5&format=json&formatversion=2`);
      const body = await response.text().then(
        () => 'whole',
        () => 'cut off',
      );
      outcomes.push(`search ${response.status} ${body}`);
    }
    expect(outcomes).toEqual([
      'entities 200 1',
      'search 503 whole',
      'entities 200 1',
      'search 200 whole',
      'entities 200 1',
      'search 200 cut off',
      'entities 200 1',
      'search 200 whole',
    ]);
    expect(fake.log.map((entry) => [entry.kind, entry.fault])).toEqual([
      ['wbgetentities', undefined],
      ['search', '503'],
      ['wbgetentities', undefined],
      ['search', 'maxlag'],
      ['wbgetentities', undefined],
      ['search', 'truncated'],
      ['wbgetentities', undefined],
      ['search', undefined],
    ]);
    expect(searchRequests(fake.log).map((entry) => entry.search?.hits)).toEqual([undefined, undefined, undefined, 4]);
  });

  it('keeps wbgetentities-scoped faults off searches', async () => {
    fake.setFaults({ rate: 1, kinds: ['500'], scope: ['wbgetentities'] });
    expect((await getEntities(fake, 'Q1')).status).toBe(500);
    expect(await searchTitles(fake, 'haswbstatement:P25=Q1')).toEqual(['Q3', 'Q4', 'Q6', 'Q7']);
    fake.setFaults(undefined);
  });

  it('rejects an unknown scope', () => {
    expect(() => fake.setFaults({ scope: ['searches' as 'search'] })).toThrow(RangeError);
  });
});

describe('cap, latency and the log on searches', () => {
  let fake: FakeWikibase;
  beforeAll(async () => {
    fake = await startFakeWikibase({ dataset: FAMILY, padEntities: false, latencyMs: 300, maxConcurrent: 2 });
  });
  afterAll(() => fake.close());

  it('answers a search over the cap 429 + Retry-After at once', async () => {
    fake.clearLog();
    const url = (id: string) => `${fake.apiUrl}?action=query&list=search&srsearch=haswbstatement:P25=${id}`;
    const responses = await Promise.all(['Q1', 'Q2', 'Q3'].map((id) => fetch(url(id))));
    const answers = responses.map((response) => `${response.status} ${response.headers.get('retry-after')}`);
    expect(answers.sort()).toEqual(['200 null', '200 null', '429 1']);
    const rejected = fake.log.find((entry) => entry.status === 429);
    expect(rejected).toMatchObject({ kind: 'search', ids: [], search: { ids: [expect.any(String)] } });
    expect(rejected?.search?.hits).toBeUndefined();
  });

  it('holds searches for the latency: concurrent ones overlap in one round, a later one starts another', async () => {
    fake.clearLog();
    await Promise.all([
      search(fake, { srsearch: 'haswbstatement:P25=Q1' }),
      search(fake, { srsearch: 'haswbstatement:P22=Q2' }),
    ]);
    await search(fake, { srsearch: 'haswbstatement:P40=Q3' });
    const rounds = requestRounds(fake.log);
    expect(rounds.map((round) => round.map((entry) => entry.search?.ids[0]).sort())).toEqual([['Q1', 'Q2'], ['Q3']]);
  });

  it('logs what a search asked for and what it got', async () => {
    fake.clearLog();
    await search(fake, { srsearch: 'haswbstatement:P22=Q2|P25=Q2 -haswbstatement:P25', srlimit: '2', sroffset: '1' });
    await search(fake, { srsearch: `haswbstatement:P22=Q${'1'.repeat(290)}` });
    const [answered, refused] = fake.log;
    expect(answered).toMatchObject({ kind: 'search', ids: [], status: 200, inFlight: 1 });
    expect(answered?.search).toEqual({
      srsearch: 'haswbstatement:P22=Q2|P25=Q2 -haswbstatement:P25',
      keywords: [
        { negated: false, clauses: ['P22=Q2', 'P25=Q2'] },
        { negated: true, clauses: ['P25'] },
      ],
      ids: ['Q2'],
      offset: 1,
      limit: 2,
      hits: 1,
      totalhits: 2,
    });
    expect(answered!.time).toBeLessThan(answered!.end);
    expect(refused?.search).toMatchObject({ error: 'cirrussearch-query-too-long', ids: [`Q${'1'.repeat(290)}`] });
  });
});

describe('index options', () => {
  it('leaves deprecated statements out with indexDeprecated: false', async () => {
    const fake = await startFakeWikibase({ dataset: FAMILY, padEntities: false, search: { indexDeprecated: false } });
    try {
      expect(await searchTitles(fake, 'haswbstatement:P22=Q2')).toEqual(['Q3', 'Q10']);
      expect(await searchTitles(fake, 'haswbstatement:P22')).toEqual(['Q3', 'Q4', 'Q10']);
    } finally {
      await fake.close();
    }
  });

  it('lags: stale entities are searched as they were, unindexed ones not at all, while served as they are', async () => {
    const stale = [entity('Q3', { mothers: ['Q1'] }), entity('Q6')];
    const fake = await startFakeWikibase({
      dataset: FAMILY,
      padEntities: false,
      search: { staleEntities: stale, unindexed: ['Q4'] },
    });
    try {
      expect(await searchTitles(fake, 'haswbstatement:P25=Q1')).toEqual(['Q3', 'Q7']);
      expect(await searchTitles(fake, 'haswbstatement:P22=Q2')).toEqual(['Q5', 'Q10']);
      const served = (await (await getEntities(fake, 'Q3')).json()) as { entities: Record<string, { claims: object }> };
      expect(Object.keys(served.entities['Q3']?.claims ?? {})).toContain('P22');
    } finally {
      await fake.close();
    }
  });
});
