import { until } from './hostile-server.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { startFakeWikibase, type FakeWikibase } from './fake-wikibase.js';

interface TermOut {
  language: string;
  value: string;
  'for-language'?: string;
}
interface EntityOut {
  id: string;
  missing?: string;
  lastrevid?: number;
  modified?: string;
  labels?: Record<string, TermOut>;
  claims?: Record<string, unknown>;
  sitelinks?: Record<string, { site: string; title: string; url?: string }>;
  redirects?: { from: string; to: string };
}
interface ApiBody {
  entities?: Record<string, EntityOut>;
  error?: { code: string; info: string; id?: string; lag?: number; type?: string };
  success?: number;
}

/** The entity keyed `key` in a response body; fails the test when absent. */
function entityOf(body: ApiBody, key: string): EntityOut {
  const entity = body.entities?.[key];
  if (entity === undefined) throw new Error(`Expected entity ${key} in ${JSON.stringify(body).slice(0, 200)}`);
  return entity;
}

const ANNE = {
  type: 'item',
  id: 'Q1',
  labels: { en: { language: 'en', value: 'Anne' }, fr: { language: 'fr', value: 'Anne' } },
  descriptions: {},
  aliases: {},
  claims: {},
  sitelinks: {},
};
const LOUIS = { ...ANNE, id: 'Q2', labels: { fr: { language: 'fr', value: 'Louis' } } };
const SMALL = [ANNE, LOUIS];

function apiUrl(fake: FakeWikibase, params: Record<string, string>): string {
  return `${fake.apiUrl}?${new URLSearchParams({ format: 'json', ...params }).toString()}`;
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: ApiBody }> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as ApiBody };
}

function getEntities(
  fake: FakeWikibase,
  params: Record<string, string>,
): Promise<{ status: number; headers: Headers; body: ApiBody }> {
  return getJson(apiUrl(fake, { action: 'wbgetentities', formatversion: '2', ...params }));
}

/** A raw GET (no automatic decompression), to see the bytes on the wire. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('fake Wikibase over the european-royals dataset', () => {
  let royals: FakeWikibase;

  beforeAll(async () => {
    royals = await startFakeWikibase({ redirects: { Q999999999: 'Q9682' } });
  });
  afterAll(() => royals.close());

  it('loads the 5,171 entities', () => {
    expect(royals.entityCount).toBe(5171);
    expect(royals.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/w\/api\.php$/);
  });

  it('answers toomanyvalues above 50 ids and serves 50', async () => {
    const ids = Array.from({ length: 51 }, (_, i) => `Q${i + 1}`);
    const tooMany = await getEntities(royals, { ids: ids.join('|') });
    expect(tooMany.status).toBe(200);
    expect(tooMany.headers.get('mediawiki-api-error')).toBe('toomanyvalues');
    expect(tooMany.body.error).toMatchObject({
      code: 'toomanyvalues',
      info: expect.stringContaining('The limit is 50'),
    });
    expect(tooMany.body.entities).toBeUndefined();
    const fifty = await getEntities(royals, { ids: ids.slice(0, 50).join('|'), props: 'info' });
    expect(Object.keys(fifty.body.entities ?? {})).toHaveLength(50);
  });

  it.each(['Qabc', 'Q0', 'Q012', ''])('fails the whole request for the bad id %p', async (bad) => {
    const { status, body } = await getEntities(royals, { ids: `Q9682|${bad}` });
    expect(status).toBe(200);
    expect(body.error).toMatchObject({
      code: 'no-such-entity',
      id: bad,
      info: `Could not find an entity with the ID "${bad}".`,
    });
    expect(body.entities).toBeUndefined();
  });

  it.each(['1', '2'])(
    'marks a missing entity with missing "" (formatversion %s, as the real fixture)',
    async (version) => {
      const { body } = await getEntities(royals, { ids: 'Q123456789', formatversion: version });
      expect(body).toEqual({ entities: { Q123456789: { id: 'Q123456789', missing: '' } }, success: 1 });
    },
  );

  it('serves a merged item as the target keyed by the requested id', async () => {
    const { body } = await getEntities(royals, { ids: 'Q999999999', props: 'labels', languages: 'en' });
    expect(entityOf(body, 'Q999999999')).toEqual({
      redirects: { from: 'Q999999999', to: 'Q9682' },
      type: 'item',
      id: 'Q9682',
      labels: { en: { language: 'en', value: 'Elizabeth II' } },
    });
  });

  it('filters by props and languages and gives stable info', async () => {
    const params = { ids: 'Q9682', props: 'info|labels|claims', languages: 'en' };
    const { body } = await getEntities(royals, params);
    const entity = entityOf(body, 'Q9682');
    expect(Object.keys(entity)).toEqual([
      'pageid',
      'ns',
      'title',
      'lastrevid',
      'modified',
      'type',
      'id',
      'labels',
      'claims',
    ]);
    expect(entity.labels).toEqual({ en: { language: 'en', value: 'Elizabeth II' } });
    expect(entity.claims?.['P22']).toBeDefined();
    expect(entity.modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(entityOf((await getEntities(royals, params)).body, 'Q9682').lastrevid).toBe(entity.lastrevid);
  });

  it('fills a missing language from the fallback chain only with languagefallback', async () => {
    const params = { ids: 'Q346', props: 'labels', languages: 'en|fr' };
    const plain = await getEntities(royals, params);
    expect(entityOf(plain.body, 'Q346').labels).toEqual({ fr: { language: 'fr', value: 'Louis IX de France' } });
    const fallback = await getEntities(royals, { ...params, languagefallback: '1' });
    expect(entityOf(fallback.body, 'Q346').labels?.['en']).toEqual({
      language: 'fr',
      value: 'Louis IX de France',
      'for-language': 'en',
    });
  });

  it('pads an unfiltered entity to a real size, deterministically, and not a filtered one', async () => {
    const full = await (await fetch(apiUrl(royals, { action: 'wbgetentities', ids: 'Q9682' }))).text();
    const again = await (await fetch(apiUrl(royals, { action: 'wbgetentities', ids: 'Q9682' }))).text();
    expect(again).toBe(full);
    expect(full.length).toBeGreaterThan(100_000);
    const entity = entityOf(JSON.parse(full) as ApiBody, 'Q9682');
    expect(Object.keys(entity.labels ?? {}).length).toBeGreaterThan(250);
    expect(Object.keys(entity.sitelinks ?? {}).length).toBeGreaterThan(200);
    expect(entity.labels?.['en']?.value).toBe('Elizabeth II');
    const filtered = await (
      await fetch(apiUrl(royals, { action: 'wbgetentities', ids: 'Q9682', props: 'labels|claims', languages: 'en' }))
    ).text();
    expect(filtered.length).toBeLessThan(20_000);
  });

  it('gzips only when the client accepts it', async () => {
    const url = apiUrl(royals, { action: 'wbgetentities', ids: 'Q9682', props: 'labels' });
    const zipped = await rawGet(url, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(entityOf(JSON.parse(gunzipSync(zipped.body).toString('utf8')) as ApiBody, 'Q9682').id).toBe('Q9682');
    const plain = await rawGet(url, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(entityOf(JSON.parse(plain.body.toString('utf8')) as ApiBody, 'Q9682').id).toBe('Q9682');
  });

  it('answers badvalue for an unknown action', async () => {
    const { status, body } = await getJson(apiUrl(royals, { action: 'wbnope' }));
    expect(status).toBe(200);
    expect(body.error?.code).toBe('badvalue');
  });

  it('serves Special:EntityData: 200 full, 404 missing, 400 bad id, 301 merged', async () => {
    const base = `${royals.url}/wiki/Special:EntityData`;
    const ok = await fetch(`${base}/Q9682.json`);
    const text = await ok.text();
    expect(ok.status).toBe(200);
    expect(text.length).toBeGreaterThan(100_000);
    expect(entityOf(JSON.parse(text) as ApiBody, 'Q9682').sitelinks?.['qaawiki']?.url).toMatch(
      /^https:\/\/qaa\.wikipedia\.org\/wiki\//,
    );
    expect((await fetch(`${base}/Q123456789.json`)).status).toBe(404);
    expect((await fetch(`${base}/Qabc.json`)).status).toBe(400);
    const moved = await fetch(`${base}/Q999999999.json`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`${base}/Q9682.json`);
    expect(entityOf((await getJson(`${base}/Q999999999.json`)).body, 'Q9682').id).toBe('Q9682');
  });

  it('logs ids, headers, status and in-flight count', async () => {
    royals.clearLog();
    await fetch(apiUrl(royals, { action: 'wbgetentities', ids: 'Q9682|Q80976', props: 'info' }), {
      headers: { 'user-agent': 'wdkin-test/0.1 (https://example.org)' },
    });
    expect(royals.log).toHaveLength(1);
    const [entry] = royals.log;
    expect(entry).toMatchObject({
      method: 'GET',
      path: '/w/api.php',
      ids: ['Q9682', 'Q80976'],
      status: 200,
      inFlight: 1,
    });
    expect(entry?.params).toMatchObject({ action: 'wbgetentities', props: 'info' });
    expect(entry?.headers['user-agent']).toBe('wdkin-test/0.1 (https://example.org)');
    expect(entry?.fault).toBeUndefined();
  });
});

describe('fake Wikibase knobs', () => {
  it('loads the Wikidata dump format, gzipped or not, and entity objects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fake-wikibase-'));
    const dump = `[\n${SMALL.map((entity) => JSON.stringify(entity)).join(',\n')}\n]\n`;
    try {
      await writeFile(join(dir, 'dump.json'), dump);
      await writeFile(join(dir, 'dump.json.gz'), gzipSync(dump));
      for (const dataset of [join(dir, 'dump.json'), join(dir, 'dump.json.gz'), SMALL]) {
        const fake = await startFakeWikibase({ dataset, padEntities: false });
        expect(fake.entityCount).toBe(2);
        const { body } = await getEntities(fake, { ids: 'Q2' });
        expect(entityOf(body, 'Q2').labels).toEqual(LOUIS.labels);
        await fake.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('waits latencyMs before every response', async () => {
    const fake = await startFakeWikibase({ dataset: SMALL, latencyMs: 150 });
    try {
      // A lower bound only: the server itself held the answer at least that long.
      await getEntities(fake, { ids: 'Q1' });
      expect(fake.log[0]!.end - fake.log[0]!.time).toBeGreaterThanOrEqual(145);
      fake.setLatency(0);
      await getEntities(fake, { ids: 'Q1' });
      expect(fake.log).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });

  it('answers 429 + Retry-After at once above maxConcurrent', async () => {
    const fake = await startFakeWikibase({ dataset: SMALL, latencyMs: 300, maxConcurrent: 2, retryAfterSeconds: 3 });
    try {
      const responses = await Promise.all(
        Array.from({ length: 4 }, () => fetch(apiUrl(fake, { action: 'wbgetentities', ids: 'Q1' }))),
      );
      const rejected = responses.filter((response) => response.status === 429);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 429, 429]);
      expect(rejected.map((response) => response.headers.get('retry-after'))).toEqual(['3', '3']);
      // The refusals are answered at once: before either accepted request, held 300 ms, ends.
      const rejectedEntries = fake.log.filter((entry) => entry.status === 429);
      const accepted = fake.log.filter((entry) => entry.status === 200);
      const firstAnswer = Math.min(...accepted.map((entry) => entry.end));
      expect(rejectedEntries.every((entry) => entry.end < firstAnswer && entry.ids[0] === 'Q1')).toBe(true);
      expect(accepted.every((entry) => entry.end - entry.time >= 295)).toBe(true);
      expect(fake.maxInFlightSeen).toBe(4);
      expect(fake.log.map((entry) => entry.inFlight).sort()).toEqual([1, 2, 3, 4]);
    } finally {
      await fake.close();
    }
  });

  describe('scripted faults', () => {
    let fake: FakeWikibase;
    const url = (): string => apiUrl(fake, { action: 'wbgetentities', ids: 'Q1', maxlag: '5' });

    beforeAll(async () => {
      fake = await startFakeWikibase({ dataset: SMALL, retryAfterSeconds: 0.05 });
    });
    afterAll(() => fake.close());

    function script(
      ...kinds: Array<'503' | '429' | 'maxlag' | 'reset' | 'truncated' | 'invalid-json' | 'stall' | '500' | 'none'>
    ): void {
      fake.setFaults({ script: kinds, stallMs: 100 });
      fake.clearLog();
    }

    it('503 and 429 carry Retry-After as given; 500 does not', async () => {
      script('503', '429', '500', 'none');
      const statuses: Array<[number, string | null]> = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await fetch(url());
        await response.arrayBuffer();
        statuses.push([response.status, response.headers.get('retry-after')]);
      }
      expect(statuses).toEqual([
        [503, '0.05'],
        [429, '0.05'],
        [500, null],
        [200, null],
      ]);
      expect(fake.log.map((entry) => entry.fault)).toEqual(['503', '429', '500', undefined]);
    });

    it('maxlag: HTTP 200 error with Retry-After and X-Database-Lag, only when the request sends maxlag', async () => {
      script('maxlag', 'maxlag');
      const lagged = await getJson(url());
      expect(lagged.status).toBe(200);
      expect(lagged.body.error).toMatchObject({
        code: 'maxlag',
        lag: 7,
        type: 'db',
        info: expect.stringContaining('7 seconds lagged'),
      });
      expect(lagged.headers.get('retry-after')).toBe('0.05');
      expect(lagged.headers.get('x-database-lag')).toBe('7');
      const unasked = await getEntities(fake, { ids: 'Q1' });
      expect(entityOf(unasked.body, 'Q1').id).toBe('Q1');
      expect(fake.log.map((entry) => entry.fault)).toEqual(['maxlag', undefined]);
    });

    it('invalid-json: 200 with a body that is not JSON', async () => {
      script('invalid-json');
      const response = await fetch(url());
      expect(response.status).toBe(200);
      await expect(response.json()).rejects.toMatchObject({ name: 'SyntaxError' });
    });

    it('truncated: a cut-off body shorter than its Content-Length', async () => {
      script('truncated');
      const response = await fetch(url());
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    });

    it('reset: the socket dies without a response', async () => {
      script('reset');
      await expect(fetch(url())).rejects.toThrow();
      expect(fake.log).toHaveLength(1);
      expect(fake.log[0]).toMatchObject({ fault: 'reset', status: 0 });
    });

    it('stall: no response until stallMs, then the socket is destroyed', async () => {
      script('stall');
      await expect(fetch(url())).rejects.toThrow();
      await until(() => fake.log[0]?.end !== -1, 'the stalled socket to be closed');
      expect(fake.log[0]!.end - fake.log[0]!.time).toBeGreaterThanOrEqual(95);
      expect(fake.log[0]).toMatchObject({ fault: 'stall', status: 0 });
    });

    it('applies EntityData faults too', async () => {
      script('503');
      expect((await fetch(`${fake.url}/wiki/Special:EntityData/Q1.json`)).status).toBe(503);
    });
  });

  it('draws faults deterministically from the seed', async () => {
    const fake = await startFakeWikibase({ dataset: SMALL });
    const run = async (): Promise<number[]> => {
      fake.setFaults({ rate: 0.5, seed: 42, kinds: ['503', '500'] });
      const statuses: number[] = [];
      for (let i = 0; i < 16; i += 1)
        statuses.push((await fetch(apiUrl(fake, { action: 'wbgetentities', ids: 'Q1' }))).status);
      return statuses;
    };
    try {
      const first = await run();
      expect(await run()).toEqual(first);
      expect(new Set(first)).toEqual(new Set([200, 500, 503]));
    } finally {
      await fake.close();
    }
  });

  it('close() ends a request stalled forever', async () => {
    const fake = await startFakeWikibase({ dataset: SMALL, faults: { script: ['stall'] } });
    const pending = fetch(apiUrl(fake, { action: 'wbgetentities', ids: 'Q1' }));
    const outcome = pending.then(
      () => 'answered',
      () => 'failed',
    );
    while (fake.log.length === 0) await sleep(5);
    await fake.close(); // resolves only once the stalled request is ended
    expect(await outcome).toBe('failed');
  });
});
