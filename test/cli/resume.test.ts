import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { spawnCli } from '../support/cli.js';
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
  ];

  beforeAll(async () => {
    server = await startFakeWikibase({ latencyMs: 120 });
    tmp = makeTempDir();
    const out = join(tmp.dir, 'baseline.json');
    const result = await spawnCli([...argv(join(tmp.dir, 'baseline.sqlite'), out), '--endpoint', server.apiUrl], {
      cwd: tmp.dir,
    });
    expect(result.code).toBe(0);
    baseline = savedGraph(out);
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });

  it.each([[150], [450], [800], [1100]])(
    'killed after %i ms, then killed again, then resumed: identical graph, store intact',
    async (killAt) => {
      const store = join(tmp.dir, `store-${killAt}.sqlite`);
      const out = join(tmp.dir, `out-${killAt}.json`);
      const args = [...argv(store, out), '--endpoint', server.apiUrl];
      const killed = await spawnCli(args, { cwd: tmp.dir, killAfterMs: killAt });
      expect(killed.signal).toBe('SIGKILL');
      expect(existsSync(out)).toBe(false);
      const killedAgain = await spawnCli([...args, '--resume'], { cwd: tmp.dir, killAfterMs: 300 });
      expect(killedAgain.signal === 'SIGKILL' || killedAgain.code === 0).toBe(true);
      server.clearLog();
      const resumed = await spawnCli([...args, '--resume'], { cwd: tmp.dir });
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      expect(savedGraph(out)).toEqual(baseline);
      const opened = Store.open(store);
      expect(opened.integrityCheck()).toBe('ok');
      opened.close();
    },
  );

  it('resume fetches nothing the interrupted crawl had stored', async () => {
    const store = join(tmp.dir, 'store-count.sqlite');
    const out = join(tmp.dir, 'out-count.json');
    const args = [...argv(store, out), '--endpoint', server.apiUrl, '--json'];
    server.clearLog();
    await spawnCli(args, { cwd: tmp.dir, killAfterMs: 700 });
    const requested = server.log.flatMap((r) => r.ids) as Array<`Q${number}`>;
    const opened = Store.open(store);
    const before = [...opened.getEntities(server.apiUrl, requested).keys()] as string[];
    opened.close();
    expect(before.length).toBeGreaterThan(0);
    server.clearLog();
    const resumed = await spawnCli([...args, '--resume'], { cwd: tmp.dir });
    const summary = JSON.parse(resumed.stdout);
    expect(summary.resumed).toBe(true);
    const after = server.log.flatMap((r) => r.ids);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
    expect(savedGraph(out)).toEqual(baseline);
  });
});
