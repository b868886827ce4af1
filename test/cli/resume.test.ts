/**
 * kill -9 during a crawl, then --resume: real processes, a real SQLite file, the fake Wikibase
 * over HTTP. Every kill is triggered by an observable event (the server has answered N requests),
 * never by a sleep.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { spawnCli } from '../support/cli.js';
import { until } from '../support/hostile-server.js';
import { makeTempDir } from '../support/tmp.js';

/** The saved graph without the crawl date, which differs between runs by design. */
function savedGraph(path: string): unknown {
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  delete saved.attributes.crawledAt;
  if (saved.wdkin) delete saved.wdkin.crawledAt;
  return saved;
}

describe('kill -9 during a crawl, then --resume (real processes, real SQLite file)', () => {
  let server: FakeWikibase;
  let tmp: ReturnType<typeof makeTempDir>;
  let baseline: unknown;
  let totalRequests = 0;
  const argv = (store: string, out: string) => [
    'crawl',
    'Q9439',
    '--depth',
    '4',
    '--concurrency',
    '1',
    '--quiet',
    '--store',
    store,
    '--out',
    out,
    '--endpoint',
    server.apiUrl,
  ];
  /** Resolves once the server has finished answering `n` requests (from now). */
  const answered = (n: number) => {
    server.clearLog();
    return until(() => server.log.filter((r) => r.end !== -1).length >= n, `${n} answered requests`);
  };

  beforeAll(async () => {
    server = await startFakeWikibase({ latencyMs: 40 });
    tmp = makeTempDir();
    const out = join(tmp.dir, 'baseline.json');
    server.clearLog();
    const result = await spawnCli(argv(join(tmp.dir, 'baseline.sqlite'), out), { cwd: tmp.dir });
    expect(result.code).toBe(0);
    totalRequests = server.log.length;
    baseline = savedGraph(out);
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });

  it('the crawl takes enough requests for the kill points below to fall inside it', () => {
    expect(totalRequests).toBeGreaterThan(9);
  });

  it.each([[1], [3], [6], [9]])(
    'killed after %i answered requests, then again during the resume, then resumed: identical graph, store intact',
    async (n) => {
      const store = join(tmp.dir, `store-${n}.sqlite`);
      const out = join(tmp.dir, `out-${n}.json`);
      const killed = await spawnCli(argv(store, out), { cwd: tmp.dir, signalWhen: { when: answered(n) } });
      expect(killed.signal).toBe('SIGKILL');
      expect(existsSync(out)).toBe(false);
      const killedAgain = await spawnCli([...argv(store, out), '--resume'], {
        cwd: tmp.dir,
        signalWhen: { when: answered(1) },
      });
      expect(killedAgain.signal === 'SIGKILL' || killedAgain.code === 0).toBe(true);
      const resumed = await spawnCli([...argv(store, out), '--resume'], { cwd: tmp.dir });
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      expect(savedGraph(out)).toEqual(baseline);
      const opened = Store.open(store);
      expect(opened.integrityCheck()).toBe('ok');
      opened.close();
    },
  );

  it('resume fetches nothing the interrupted crawl had stored, and says which levels were done', async () => {
    const store = join(tmp.dir, 'store-count.sqlite');
    const out = join(tmp.dir, 'out-count.json');
    const args = [...argv(store, out), '--json'];
    const killed = await spawnCli(args, { cwd: tmp.dir, signalWhen: { when: answered(7) } });
    expect(killed.signal).toBe('SIGKILL');
    const requested = server.log.flatMap((r) => r.ids) as Array<`Q${number}`>;
    const opened = Store.open(store);
    const before = [...opened.getEntities(server.apiUrl, requested).keys()] as string[];
    opened.close();
    expect(before.length).toBeGreaterThan(0);
    server.clearLog();
    const resumed = await spawnCli([...args, '--resume'], { cwd: tmp.dir });
    const summary = JSON.parse(resumed.stdout);
    expect(summary.resumed).toBe(true);
    expect(summary.resumedAfterLevel).toBeGreaterThanOrEqual(0);
    const after = server.log.flatMap((r) => r.ids);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
    expect(savedGraph(out)).toEqual(baseline);
  });
});
