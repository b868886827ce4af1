/**
 * kill -9 during an ingest, then --resume: real processes, a real staging file and store. Each kill
 * is triggered by an observable event (the staging file's checkpoint has reached a line, or the
 * second pass has started), never by a sleep. The resumed store equals an uninterrupted one.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { spawnCli } from '../support/cli.js';
import { until } from '../support/hostile-server.js';
import { makeTempDir } from '../support/tmp.js';
import { stagingState, storeContent, writeSmallDumps, type SmallDumps } from './helpers.js';

jest.setTimeout(300_000);

describe('kill -9 during an ingest, then --resume', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let dumps: SmallDumps;
  let baseline: ReturnType<typeof storeContent>;
  const env = { WDKIN_INGEST_CHECKPOINT_LINES: '1000' };
  const ingest = (store: string, extra: string[] = [], when?: Promise<unknown>) =>
    spawnCli(['ingest', dumps.gz, '--store', store, '--quiet', '--second-pass', ...extra], {
      cwd: tmp.dir,
      env,
      ...(when ? { signalWhen: { when } } : {}),
    });
  const reached = (store: string, test: (state: { pass: number; line: number; phase: string }) => boolean) =>
    until(
      () => {
        const state = stagingState(`${store}.ingest`);
        return state !== null && test(state);
      },
      'the ingest checkpoint',
      120_000,
    );

  beforeAll(async () => {
    tmp = makeTempDir();
    dumps = writeSmallDumps(tmp.dir);
    const store = join(tmp.dir, 'baseline.sqlite');
    const run = await ingest(store);
    expect(run.code).toBe(0);
    baseline = storeContent(store);
  });
  afterAll(() => tmp.cleanup());

  it.each([
    ['early in the first pass', (s: { pass: number; line: number }) => s.pass === 1 && s.line >= 2000],
    ['late in the first pass', (s: { pass: number; line: number }) => s.pass === 1 && s.line >= 15000],
  ])(
    'killed %s, then killed again during the resume, then resumed: identical store, integrity ok',
    async (_when, test) => {
      const store = join(tmp.dir, `store-${_when.replace(/\W+/g, '-')}.sqlite`);
      const killed = await ingest(store, [], reached(store, test));
      expect(killed.signal).toBe('SIGKILL');
      expect(existsSync(`${store}.ingest`)).toBe(true);
      expect(storeContent(store).entities).toEqual([]);
      const line = stagingState(`${store}.ingest`)!.line;
      const again = await ingest(
        store,
        ['--resume'],
        reached(store, (s) => s.pass === 2 || s.line > line),
      );
      expect(again.signal === 'SIGKILL' || again.code === 0).toBe(true);
      const resumed = await ingest(store, ['--resume', '--json']);
      expect(resumed.code).toBe(0);
      const summary = JSON.parse(resumed.stdout);
      expect(summary.notes).toEqual([]);
      expect(storeContent(store)).toEqual(baseline);
      expect(existsSync(`${store}.ingest`)).toBe(false);
      const opened = Store.open(store);
      expect(opened.integrityCheck()).toBe('ok');
      opened.close();
    },
  );

  it('Ctrl-C (SIGINT) says how to continue, and --resume does', async () => {
    const store = join(tmp.dir, 'store-sigint.sqlite');
    const stopped = await spawnCli(['ingest', dumps.gz, '--store', store, '--second-pass'], {
      cwd: tmp.dir,
      env,
      signalWhen: { when: reached(store, (s) => s.line >= 2000), signal: 'SIGINT' },
    });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted; run the same command with --resume to continue/);
    const resumed = await ingest(store, ['--resume']);
    expect(resumed.code).toBe(0);
    expect(storeContent(store)).toEqual(baseline);
  });

  it('killed in the second pass, then resumed: identical store', async () => {
    const store = join(tmp.dir, 'store-pass2.sqlite');
    const killed = await ingest(
      store,
      [],
      reached(store, (s) => s.pass === 2),
    );
    expect(killed.signal === 'SIGKILL' || killed.code === 0).toBe(true);
    const resumed = await ingest(store, ['--resume']);
    expect(resumed.code).toBe(0);
    expect(storeContent(store)).toEqual(baseline);
  });

  it('without --resume an interrupted ingest starts over (and says so); --resume with nothing to resume starts anew', async () => {
    const store = join(tmp.dir, 'store-over.sqlite');
    const killed = await ingest(
      store,
      [],
      reached(store, (s) => s.line >= 2000),
    );
    expect(killed.signal).toBe('SIGKILL');
    const over = await spawnCli(['ingest', dumps.gz, '--store', store, '--second-pass'], { cwd: tmp.dir, env });
    expect(over.code).toBe(0);
    expect(over.stderr).toMatch(/interrupted ingest was discarded/);
    expect(storeContent(store)).toEqual(baseline);
    const nothing = await spawnCli(['ingest', dumps.gz, '--store', store, '--resume', '--second-pass'], {
      cwd: tmp.dir,
      env,
    });
    expect(nothing.code).toBe(0);
    expect(nothing.stderr).toMatch(/Nothing to resume/);
  });
});
