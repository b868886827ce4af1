import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { WikibaseClient } from '../../src/wikidata/client.js';
import type { ItemId } from '../../src/ids.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { readRoyalsTable } from '../support/royals.js';

const royalIds = [...readRoyalsTable().keys()] as ItemId[];

describe('WikibaseClient against the fake Wikibase server', () => {
  let server: FakeWikibase;
  beforeAll(async () => {
    server = await startFakeWikibase({ redirects: { Q999000001: 'Q9439' }, retryAfterSeconds: 0.2 });
  });
  afterAll(async () => server.close());
  afterEach(() => {
    server.clearLog();
    server.setFaults(undefined);
    server.setLatency(0);
  });

  const client = (extra: Partial<ConstructorParameters<typeof WikibaseClient>[0]> = {}) =>
    new WikibaseClient({
      endpoint: server.apiUrl,
      languages: ['en', 'fr'],
      contact: 'test@example.org',
      baseDelayMs: 10,
      maxDelayMs: 50,
      ...extra,
    });

  it('batches 50 ids per request with the filters, maxlag, gzip and a proper User-Agent', async () => {
    const ids = royalIds.slice(0, 120);
    const result = await client().getEntities(ids);
    expect(result.entities.size).toBe(120);
    expect(server.log.map((r) => r.ids.length).sort((a, b) => a - b)).toEqual([20, 50, 50]);
    for (const entry of server.log) {
      expect(entry.params).toMatchObject({
        action: 'wbgetentities',
        props: 'info|labels|descriptions|claims',
        languages: 'en|fr',
        languagefallback: '1',
        formatversion: '2',
        maxlag: '5',
        format: 'json',
      });
      expect(entry.headers['user-agent']).toMatch(/^wdkin\/\d+\.\d+\.\d+ \(test@example\.org\) got\/\d+\.\d+\.\d+$/);
      expect(entry.headers['accept-encoding']).toContain('gzip');
    }
  });

  it('never has more requests in flight than its concurrency, and does use it', async () => {
    server.setLatency(60);
    await client({ concurrency: 3 }).getEntities(royalIds.slice(0, 1000));
    expect(server.log.length).toBe(20);
    expect(Math.max(...server.log.map((r) => r.inFlight))).toBe(3);
    server.clearLog();
    await client({ concurrency: 1 }).getEntities(royalIds.slice(0, 300));
    expect(Math.max(...server.log.map((r) => r.inFlight))).toBe(1);
  });

  it('reports missing entities and maps a redirect to its target', async () => {
    const result = await client().getEntities(['Q999000001', 'Q999000002', 'Q9682']);
    expect(result.missing).toEqual(['Q999000002']);
    expect(result.redirects.get('Q999000001')).toBe('Q9439');
    expect([...result.entities.keys()].sort()).toEqual(['Q9439', 'Q9682']);
  });

  it('retries every kind of fault and waits at least Retry-After after 429, 503 and maxlag', async () => {
    server.setFaults({ script: ['503', '429', 'maxlag', 'reset', 'truncated', 'invalid-json', '500'] });
    const c = client({ concurrency: 1, maxAttempts: 8 });
    const result = await c.getEntities(royalIds.slice(0, 10));
    expect(result.entities.size).toBe(10);
    expect(result.failed).toEqual([]);
    expect(c.stats()).toEqual({ requests: 8, retries: 7 });
    const log = server.log;
    for (let i = 0; i < log.length - 1; i += 1) {
      if (log[i]!.fault === '503' || log[i]!.fault === '429' || log[i]!.fault === 'maxlag') {
        expect(log[i + 1]!.time - log[i]!.end).toBeGreaterThanOrEqual(200 - 5);
      }
    }
  });

  it('times out a stalled request and tries again', async () => {
    server.setFaults({ script: ['stall'] });
    const result = await client({ timeoutMs: 300 }).getEntities(royalIds.slice(0, 3));
    expect(result.entities.size).toBe(3);
    expect(server.log.length).toBe(2);
  });

  it('gives up after a bounded number of attempts and reports the ids as failed', async () => {
    server.setFaults({ rate: 1, kinds: ['500'] });
    const events: string[] = [];
    const c = client({ maxAttempts: 3, onEvent: (e) => events.push(e.type) });
    const ids = royalIds.slice(0, 5);
    const result = await c.getEntities(ids);
    expect(result.failed.sort()).toEqual([...ids].sort());
    expect(server.log.length).toBe(3);
    expect(events).toContain('failed');
  });

  it('refuses a response over the size cap (and reports the ids after retries)', async () => {
    const result = await client({ maxResponseBytes: 2000, maxAttempts: 2 }).getEntities(royalIds.slice(0, 50));
    expect(result.failed.length).toBe(50);
  });

  it('never sends a malformed id (it would fail the whole request): reports it as failed', async () => {
    const result = await client().getEntities(['Q9439', 'Qabc' as ItemId, 'Q0' as ItemId]);
    expect(result.entities.has('Q9439')).toBe(true);
    expect(result.failed.sort()).toEqual(['Q0', 'Qabc']);
    expect(server.log.flatMap((r) => r.ids)).toEqual(['Q9439']);
  });

  it('when the server still refuses an id it passed as well-formed, drops it and asks again for the rest', async () => {
    // The fake, like Wikibase, parses at most 10 digits; wdkin's syntax check allows 12.
    const result = await client().getEntities(['Q9439', 'Q99999999999', 'Q9682']);
    expect(result.missing).toEqual(['Q99999999999']);
    expect([...result.entities.keys()].sort()).toEqual(['Q9439', 'Q9682']);
    expect(server.log.map((r) => r.ids.length)).toEqual([3, 2]);
  });

  it('rejects a concurrency below 1', () => {
    expect(() => client({ concurrency: 0 })).toThrow(/concurrency/);
  });
});
