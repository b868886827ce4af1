/** A script resumes a crawl through the library (crawl/resumable.ts), no CLI involved. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { makeCrawlPlan } from '../../src/crawl/options.js';
import { resumableCrawl } from '../../src/crawl/resumable.js';
import { Store } from '../../src/store/store.js';
import { createLiveSource } from '../../src/wikidata/live-source.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { tableBfs } from '../support/royals.js';
import { makeTempDir } from '../support/tmp.js';

describe('resumableCrawl', () => {
  let server: FakeWikibase;
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    server = await startFakeWikibase({});
    tmp = makeTempDir();
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });

  const meta = { endpoint: '', languages: ['en'], crawledAt: '2026-01-01T00:00:00Z', wdkinVersion: 'test' };

  it('continues a crawl that ended partial, from the levels it had finished, to the complete graph', async () => {
    const store = Store.open(join(tmp.dir, 'lib.sqlite'));
    const plan = makeCrawlPlan({ seeds: ['Q9439'], depth: 3 });
    const scope = { endpoint: server.apiUrl, languages: ['en'] };
    const source = (trustSince: number | undefined) =>
      createLiveSource({
        endpoint: server.apiUrl,
        languages: ['en'],
        store,
        maxAttempts: 1,
        ...(trustSince !== undefined ? { trustSince } : {}),
      });

    server.clearLog();
    server.setFaults({ script: ['none', 'none'], rate: 1, kinds: ['500'] });
    const first = await resumableCrawl(store, plan, scope, true, source, { meta });
    expect(first.session.resumed).toBe(false);
    expect(first.result.failed.length).toBeGreaterThan(0);
    expect(store.getCrawl(first.session.record.id)?.status).toBe('partial');

    const fetchedFirst = new Set(server.log.filter((r) => r.status === 200).flatMap((r) => r.ids));
    server.setFaults(undefined);
    server.clearLog();
    const second = await resumableCrawl(store, plan, scope, true, source, { meta });
    expect(second.session.resumed).toBe(true);
    expect(second.session.record.id).toBe(first.session.record.id);
    expect(second.session.finishedLevels.map((l) => l.level)).toEqual(
      [0, 1, 2, 3].slice(0, second.session.finishedLevels.length),
    );
    expect(second.session.finishedLevels.length).toBeGreaterThan(0);
    expect(second.result.failed).toEqual([]);
    expect(second.result.graph.nodes().sort()).toEqual([...tableBfs(['Q9439'], 3).keys()].sort());
    // nothing the first run fetched is asked for again; what it could not fetch is
    const asked = new Set(server.log.flatMap((r) => r.ids));
    expect([...asked].filter((id) => fetchedFirst.has(id))).toEqual([]);
    for (const id of first.result.failed) expect(asked.has(id)).toBe(true);
    expect(store.getCrawl(first.session.record.id)?.status).toBe('done');

    const third = await resumableCrawl(store, plan, scope, true, source, { meta });
    expect(third.session.resumed).toBe(false);
    store.close();
  });
});
