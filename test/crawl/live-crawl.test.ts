import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { crawl } from '../../src/crawl/engine.js';
import { makeCrawlPlan } from '../../src/crawl/options.js';
import { Store } from '../../src/store/store.js';
import { createLiveSource, type LiveSourceOptions } from '../../src/wikidata/live-source.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { entity } from '../support/entities.js';
import { makeTempDir } from '../support/tmp.js';

const meta = { endpoint: 'fake', languages: ['en', 'fr'], crawledAt: 'fixed', wdkinVersion: 'test' };
const plan = makeCrawlPlan({ seeds: ['Q9439'], depth: 3 });

describe('crawling through the fake Wikibase server', () => {
  let server: FakeWikibase;
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    server = await startFakeWikibase({ retryAfterSeconds: 0.3 });
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    tmp = makeTempDir();
    server.clearLog();
    server.setFaults(undefined);
  });
  afterEach(() => tmp.cleanup());

  const source = (extra: Partial<LiveSourceOptions> = {}) =>
    createLiveSource({
      endpoint: server.apiUrl,
      languages: ['en', 'fr'],
      contact: 'test@example.org',
      baseDelayMs: 20,
      maxDelayMs: 200,
      maxAttempts: 10,
      ...extra,
    });

  it('sends the sum over levels of ceil(level size / 50) requests, every one polite', async () => {
    const asked: number[] = [];
    await crawl(source(), plan, {
      meta,
      onEvent: (e) => {
        if (e.type === 'level-start') asked.push(e.ids);
      },
    });
    const entityRequests = server.log.filter((r) => r.kind === 'wbgetentities');
    expect(entityRequests.length).toBe(asked.reduce((sum, n) => sum + Math.ceil(n / 50), 0));
    for (const entry of server.log) {
      expect(entry.params.maxlag).toBe('5');
      expect(entry.headers['user-agent']).toMatch(/^wdkin\//);
      expect(entry.ids.length).toBeLessThanOrEqual(50);
    }
    expect(server.maxInFlightSeen).toBeLessThanOrEqual(3);
  });

  it('gives the identical graph with 20% injected faults, never undercutting Retry-After', async () => {
    const clean = await crawl(source(), plan, { meta });
    server.clearLog();
    server.setFaults({
      rate: 0.2,
      seed: 7,
      kinds: ['503', '429', 'maxlag', 'reset', 'truncated', 'invalid-json', '500'],
    });
    const faulty = await crawl(source(), plan, { meta });
    expect(faulty.failed).toEqual([]);
    expect(faulty.graph.export()).toEqual(clean.graph.export());
    const faults = server.log.filter((r) => r.fault);
    expect(faults.length).toBeGreaterThan(0);
    expect(faulty.stats.retries).toBe(faults.length);
    const paused = server.log.filter((r) => r.fault === '429' || r.fault === '503' || r.fault === 'maxlag');
    expect(paused.length).toBeGreaterThan(0);
    // A request the client had already sent when the 429 reached it may land just after; none it
    // sent after reading the Retry-After (300 ms) may arrive before the pause is over.
    const inFlightMargin = 50;
    for (const f of paused) {
      for (const later of server.log.filter((r) => r.time > f.end + inFlightMargin)) {
        expect(later.time - f.end).toBeGreaterThanOrEqual(300 - 5);
      }
    }
  });

  it('serves a repeat crawl from the store with no request, and refetches past --max-age', async () => {
    const store = Store.open(join(tmp.dir, 'store.sqlite'));
    const first = await crawl(source({ store }), plan, { meta });
    const sent = server.log.length;
    const second = await crawl(source({ store }), plan, { meta });
    expect(server.log.length).toBe(sent);
    expect(second.stats.requests).toBe(0);
    expect(second.stats.fromCache).toBeGreaterThanOrEqual(first.graph.order);
    expect(second.graph.export()).toEqual(first.graph.export());
    const stale = await crawl(source({ store, maxAgeMs: 0 }), plan, { meta });
    expect(stale.stats.requests).toBe(sent);
    store.close();
  });
});

describe('redirects and missing entities through the fake server', () => {
  it('maps a merged item to its target: one person, one node', async () => {
    const dataset = [
      entity('Q1', { sex: 'male', children: ['Q2', 'Q3', 'Q4'] }),
      entity('Q2', { fathers: ['Q1'] }),
      entity('Q4', { fathers: ['Q1'] }),
    ];
    const server = await startFakeWikibase({ dataset, redirects: { Q3: 'Q2' } });
    try {
      const result = await crawl(
        createLiveSource({ endpoint: server.apiUrl, languages: ['en'] }),
        makeCrawlPlan({ seeds: ['Q1'], depth: 2, relations: ['spouse'] }),
        { meta },
      );
      expect(result.graph.nodes().sort()).toEqual(['Q1', 'Q2', 'Q4']);
      expect(result.redirects.get('Q3')).toBe('Q2');
      expect(result.graph.size).toBe(2);
      expect(result.anomalies.some((a) => a.kind === 'redirect' && a.id === 'Q3')).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('what the store keeps', () => {
  it('only the claims the Person model reads, with labels and revision', async () => {
    const big = entity('Q1', { sex: 'male', children: ['Q2'] });
    (big.claims as Record<string, unknown[]>).P735 = (big.claims as Record<string, unknown[]>).P21!; // an unrelated property
    const server = await startFakeWikibase({ dataset: [big, entity('Q2', { fathers: ['Q1'] })] });
    const tmp = makeTempDir();
    try {
      const store = Store.open(join(tmp.dir, 's.sqlite'));
      await crawl(
        createLiveSource({ endpoint: server.apiUrl, languages: ['en'], store }),
        makeCrawlPlan({ seeds: ['Q1'], depth: 1 }),
        { meta },
      );
      const cached = store.getEntities(server.apiUrl, ['Q1']).get('Q1')!;
      expect(Object.keys(cached.entity!.claims as object).sort()).toEqual(['P21', 'P31', 'P40']);
      expect(cached.entity).toMatchObject({ id: 'Q1', labels: { en: { value: 'Person Q1' } } });
      expect(typeof cached.revision).toBe('number');
      store.close();
    } finally {
      tmp.cleanup();
      await server.close();
    }
  });
});
