/**
 * Complete families when links are stated on one side only: the one-sided variant of the royals
 * (30% of P40 and 10% of P22/P25 dropped, never both sides of a link) crawled through the fake
 * Wikibase over HTTP, from a cold store, with default options, must give what the full data gives.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { runCli } from '../support/cli.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { requestRounds, searchRequests } from '../support/fake-wikibase/log.js';
import { oneSidedRoyals, type OneSided } from '../support/one-sided.js';
import { tableBfs } from '../support/royals.js';
import { makeTempDir } from '../support/tmp.js';
import { entity } from '../support/entities.js';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('reverse lookups on the one-sided royals', () => {
  let variant: OneSided;
  let server: FakeWikibase;
  let full: FakeWikibase;
  let tmp: ReturnType<typeof makeTempDir>;
  let store = 0;
  const crawl = async (on: FakeWikibase, ...args: string[]) => {
    on.clearLog();
    const run = await runCli(
      ['crawl', ...args, '--endpoint', on.apiUrl, '--store', `s${(store += 1)}.sqlite`, '--json'],
      {
        cwd: tmp.dir,
      },
    );
    expect(run.stderr).toBe('');
    return { code: run.code, summary: JSON.parse(run.stdout), log: [...on.log] };
  };
  const nodes = (file: string) =>
    sorted(JSON.parse(readFileSync(join(tmp.dir, file), 'utf8')).nodes.map((n: { key: string }) => n.key));

  beforeAll(async () => {
    variant = await oneSidedRoyals({ seed: 9 });
    server = await startFakeWikibase({ dataset: variant.entities, latencyMs: 20 });
    full = await startFakeWikibase({ latencyMs: 20 });
    tmp = makeTempDir();
  });
  afterAll(async () => {
    await server.close();
    await full.close();
    tmp.cleanup();
  });

  it('the variant really is one-sided (the crawl without reverse lookups misses people)', async () => {
    expect(variant.counts.droppedP40).toBeGreaterThan(1000);
    const without = await crawl(server, 'Q9439', '--depth', '3', '--no-reverse', '--out', 'nr.json');
    expect(without.summary.people).toBeLessThan(150);
    expect(searchRequests(without.log)).toEqual([]);
  });

  it('crawl Q9439 --depth 3 finds all 175 people, in as many rounds as without reverse lookups', async () => {
    const expected = sorted(tableBfs(['Q9439'], 3).keys());
    expect(expected).toHaveLength(175);
    const run = await crawl(server, 'Q9439', '--depth', '3', '--out', 'd3.json');
    expect(run.code).toBe(0);
    expect(nodes('d3.json')).toEqual(expected);
    const baseline = await crawl(full, 'Q9439', '--depth', '3', '--no-reverse', '--out', 'base.json');
    // Rounds (dependent steps): with every request of a level in flight at once, a round is a level.
    const wide = await crawl(server, 'Q9439', '--depth', '3', '--concurrency', '16', '--out', 'wide.json');
    const wideBaseline = await crawl(
      full,
      'Q9439',
      '--depth',
      '3',
      '--no-reverse',
      '--concurrency',
      '16',
      '--out',
      'wb.json',
    );
    expect(requestRounds(wide.log)).toHaveLength(4);
    expect(requestRounds(wideBaseline.log)).toHaveLength(4);
    expect(searchRequests(run.log).length).toBeGreaterThan(0);
    for (const search of searchRequests(run.log)) expect(search.search!.srsearch.length).toBeLessThanOrEqual(300);
    expect(run.log.length).toBeLessThanOrEqual(Math.ceil(baseline.log.length * 2.5) + 2);
    expect(run.summary.oneSided.links).toBeGreaterThan(0);
    expect(run.summary.anomalyCounts['one-sided-link']).toBe(run.summary.oneSided.links);
  });

  it('crawl Q9439 --down --depth 10 finds all 519 descendants; a repeat sends no request at all', async () => {
    const expected = sorted(tableBfs(['Q9439'], 10, { down: true }).keys());
    expect(expected).toHaveLength(519);
    const args = ['Q9439', '--down', '--depth', '10', '--out', 'down.json'];
    const cold = await runCli(['crawl', ...args, '--endpoint', server.apiUrl, '--store', 'repeat.sqlite', '--json'], {
      cwd: tmp.dir,
    });
    expect(JSON.parse(cold.stdout).people).toBe(519);
    expect(nodes('down.json')).toEqual(expected);
    server.clearLog();
    const warm = await runCli(['crawl', ...args, '--endpoint', server.apiUrl, '--store', 'repeat.sqlite', '--json'], {
      cwd: tmp.dir,
    });
    expect(JSON.parse(warm.stdout).people).toBe(519);
    expect(server.log).toEqual([]);
  });

  it('offline and snapshot crawls of the variant equal the full data', async () => {
    const path = join(tmp.dir, 'one-sided.ndjson.gz');
    writeFileSync(path, gzipSync(variant.entities.map((e) => JSON.stringify(e)).join('\n')));
    for (const [args, expected] of [
      [['Q9439', '--depth', '3'], tableBfs(['Q9439'], 3)],
      [['Q9439', '--down', '--depth', '10'], tableBfs(['Q9439'], 10, { down: true })],
      [['Q9682', '--up', '--depth', '6'], tableBfs(['Q9682'], 6, { up: true })],
    ] as const) {
      const run = await runCli(['crawl', ...args, '--snapshot', path, '--out', 'snap.json'], { cwd: tmp.dir });
      expect(run.code).toBe(0);
      expect(nodes('snap.json')).toEqual(sorted(expected.keys()));
    }
  });

  it('a search that fails after retries leaves those people incomplete (exit 1), and --resume completes them', async () => {
    const args = [
      'crawl',
      'Q9439',
      '--depth',
      '3',
      '--endpoint',
      server.apiUrl,
      '--store',
      'fail.sqlite',
      '--retries',
      '0',
      '--json',
    ];
    server.setFaults({ script: ['500', '500'], scope: ['search'] });
    const broken = await runCli([...args, '--out', 'broken.json'], { cwd: tmp.dir });
    server.setFaults(undefined);
    expect(broken.code).toBe(1);
    const summary = JSON.parse(broken.stdout);
    expect(summary.status).toBe('partial');
    expect(Object.keys(summary.incomplete).length).toBeGreaterThan(0);
    expect(Object.values(summary.incomplete)).toContain('reverse lookup failed: HTTP 500');
    expect(summary.anomalyCounts['reverse-lookup-failed']).toBe(Object.keys(summary.incomplete).length);
    const resumed = await runCli([...args, '--out', 'broken.json', '--resume'], { cwd: tmp.dir });
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout).people).toBe(175);
  });

  it('a search hit whose statement is gone (index lag) is not taken for family', async () => {
    // The index still holds an old version of Prince Philip that named Queen Victoria as his mother.
    const stale = entity('Q80976', { mothers: ['Q9439'] });
    const lagging = await startFakeWikibase({ dataset: variant.entities, search: { staleEntities: [stale] } });
    try {
      const run = await crawl(lagging, 'Q9439', '--depth', '1', '--out', 'lag.json');
      expect(run.code).toBe(0);
      expect(nodes('lag.json')).toEqual(sorted(tableBfs(['Q9439'], 1).keys()));
      expect(run.summary.anomalies).toContainEqual(
        expect.objectContaining({ kind: 'stale-reverse-link', id: 'Q80976' }),
      );
    } finally {
      await lagging.close();
    }
  });
});
