/**
 * Ctrl-C and SIGTERM: real wdkin processes are signalled on an observable event (a temporary
 * output file appears, the server receives a request), never after a fixed sleep.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderExport } from '../../src/export/write.js';
import { syntheticFamilyGraph } from '../../src/graph/synthetic.js';
import { BIN, spawnCli } from '../support/cli.js';
import { spawnSync } from 'node:child_process';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { until } from '../support/hostile-server.js';
import { makeTempDir } from '../support/tmp.js';

/** Starts wdkin; sends `signal` as soon as `trigger` resolves; resolves when the process ends. */
function runAndSignal(argv: string[], cwd: string, signal: NodeJS.Signals, trigger: Promise<unknown>) {
  return spawnCli(argv, { cwd, signalWhen: { when: trigger, signal } });
}

/** Resolves when a wdkin temporary file appears in `dir`. */
function tempFileAppears(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dir, (_event, name) => {
      if (name && /^\.wdkin-[0-9a-f]+\.tmp$/.test(name)) {
        watcher.close();
        resolve();
      }
    });
  });
}

describe('an interrupted write removes its temporary files and replaces nothing', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    tmp = makeTempDir();
    const graph = syntheticFamilyGraph({ people: 12_000, founders: 20 });
    writeFileSync(join(tmp.dir, 'big.json'), await renderExport(graph, 'json'));
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s while the files are being written',
    async (signal, code) => {
      const outputs = ['big.gexf', 'big.graphml', 'big.ged'];
      for (const name of outputs) writeFileSync(join(tmp.dir, name), `earlier ${name}`);
      const args = ['export', 'big.json', ...outputs.flatMap((o) => ['--out', o])];
      const finished = await runAndSignal(args, tmp.dir, signal, tempFileAppears(tmp.dir));
      expect(finished.code).toBe(code);
      expect(finished.stderr.trim()).toBe('wdkin: interrupted; nothing was written');
      expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (const name of outputs) expect(readFileSync(join(tmp.dir, name), 'utf8')).toBe(`earlier ${name}`);
    },
    120_000,
  );
});

describe('the interrupt message is right for each command', () => {
  let server: FakeWikibase;
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    server = await startFakeWikibase({ latencyMs: 2000 });
    tmp = makeTempDir();
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });

  const firstRequest = () => {
    server.clearLog();
    return until(() => server.log.length > 0, 'the first request');
  };

  it('crawl (SIGTERM, as Ctrl-C): the state is saved, --resume continues', async () => {
    const args = ['crawl', 'Q9439', '--endpoint', server.apiUrl, '--store', 's.sqlite', '--out', 'c.json'];
    const finished = await runAndSignal(args, tmp.dir, 'SIGTERM', firstRequest());
    expect(finished.code).toBe(143);
    expect(finished.stderr.trim()).toBe(
      'wdkin: interrupted; crawl state is saved, run the same command with --resume to continue',
    );
  });

  it('kinship (SIGINT): no --resume is promised', async () => {
    const args = ['kinship', 'Q9682', 'Q80976', '--endpoint', server.apiUrl, '--store', 'k.sqlite'];
    const finished = await runAndSignal(args, tmp.dir, 'SIGINT', firstRequest());
    expect(finished.code).toBe(130);
    expect(finished.stderr.trim()).toBe('wdkin: interrupted; nothing was written');
  });
});

describe('a reader that goes away (`wdkin ... | head`)', () => {
  it('ends quietly with exit 0, no stack trace', () => {
    const tmp = makeTempDir();
    try {
      // about 400 KB of JSON, more than a pipe holds; `head -c 100` reads a little and leaves
      const args = [
        'kinship',
        'Q20994883',
        'Q526743',
        '--max-generations',
        '30',
        '--json',
        '--offline',
        '--store',
        's.sqlite',
      ];
      const script = `"$0" "$@" 2> err.txt | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`;
      const run = spawnSync('bash', ['-c', script, process.execPath, BIN, ...args], { cwd: tmp.dir, encoding: 'utf8' });
      expect(readFileSync(join(tmp.dir, 'err.txt'), 'utf8')).toBe('');
      expect(run.stdout.trim()).toBe('0');
    } finally {
      tmp.cleanup();
    }
  });
});
