/**
 * Store problems are named: real damaged files, a row that does not parse, two processes sharing
 * one store, a store where no directory can be made.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Store } from '../../src/store/store.js';
import { UsageError, WdkinError } from '../../src/errors.js';
import { runCli } from '../support/cli.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { until } from '../support/hostile-server.js';
import { makeTempDir } from '../support/tmp.js';

describe('a store that cannot be used is one line and exit 2', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    tmp = makeTempDir();
  });
  afterAll(() => tmp.cleanup());

  it('a file that is not a database', async () => {
    writeFileSync(join(tmp.dir, 'junk.sqlite'), 'this is not a database, just text '.repeat(200));
    expect(() => Store.open(join(tmp.dir, 'junk.sqlite'))).toThrow(UsageError);
    const run = await runCli(['crawl', 'Q9439', '--offline', '--store', 'junk.sqlite', '--out', 'x.json'], {
      cwd: tmp.dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `wdkin: The store ${join(tmp.dir, 'junk.sqlite')} is damaged or not a wdkin store: move it away (wdkin rebuilds its cache) or pass another --store\n`,
    );
  });

  it('a store path that is a directory, and one under a file', async () => {
    const dirRun = await runCli(['crawl', 'Q9439', '--offline', '--store', tmp.dir, '--out', 'x.json'], {
      cwd: tmp.dir,
    });
    expect(dirRun.code).toBe(2);
    expect(dirRun.stderr).toMatch(
      /^wdkin: The store .* cannot be opened: check that its directory exists and is writable/,
    );
    writeFileSync(join(tmp.dir, 'plain'), 'x');
    const underFile = await runCli(
      ['crawl', 'Q9439', '--offline', '--store', join(tmp.dir, 'plain', 's.sqlite'), '--out', 'x.json'],
      {
        cwd: tmp.dir,
      },
    );
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/plain is not a directory/);
  });

  it('a store written by a newer wdkin', () => {
    const path = join(tmp.dir, 'future.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => Store.open(path)).toThrow(/schema version 99, newer than this wdkin understands/);
  });
});

describe('damaged rows and shared stores', () => {
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

  it('a cached row that does not parse is a cache miss: fetched again, overwritten, reported', async () => {
    const args = [
      'crawl',
      'Q9439',
      '--depth',
      '0',
      '--endpoint',
      server.apiUrl,
      '--store',
      'rows.sqlite',
      '--json',
      '--out',
      'r.json',
    ];
    expect((await runCli(args, { cwd: tmp.dir })).code).toBe(0);
    const db = new Database(join(tmp.dir, 'rows.sqlite'));
    db.prepare("UPDATE entities SET json = '{\"id\": \"Q94' WHERE qid = 'Q9439'").run();
    db.close();
    server.clearLog();
    const again = await runCli(args, { cwd: tmp.dir });
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary.anomalyCounts['unreadable-cache-row']).toBe(1);
    expect(server.log.flatMap((r) => r.ids)).toEqual(['Q9439']);
    server.clearLog();
    expect(JSON.parse((await runCli(args, { cwd: tmp.dir })).stdout).requests).toBe(0);
  });

  it('two processes sharing a store wait for each other instead of failing', async () => {
    const path = join(tmp.dir, 'shared.sqlite');
    Store.open(path).close();
    // Another process holds the write lock for a while, then lets go.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(path)});
         db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked\\n');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const closed = new Promise((resolve) => holder.on('close', resolve));
    let locked = false;
    holder.stdout.on('data', () => {
      locked = true;
    });
    await until(() => locked, 'the other process to hold the lock');
    const run = await runCli(
      ['crawl', 'Q9439', '--depth', '1', '--endpoint', server.apiUrl, '--store', path, '--out', 's.json'],
      {
        cwd: tmp.dir,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await closed;
  });

  it('a store failure in the middle of a run is a WdkinError naming the store', () => {
    const store = Store.open(join(tmp.dir, 'closed.sqlite'));
    store.close();
    let error: unknown = null;
    try {
      store.countEntities();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WdkinError);
    expect((error as WdkinError).code).toBe('STORE_ERROR');
    expect((error as Error).message).toContain('closed.sqlite');
  });
});
