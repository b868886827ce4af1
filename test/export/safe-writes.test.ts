/**
 * Writing output never destroys anything: real FIFOs, sockets, device nodes, symlinks and file
 * modes, through the real writer and the real CLI.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { writeOutputs, checkOutputs, renderExport } from '../../src/export/write.js';
import { writeFilesAtomically } from '../../src/files/atomic-write.js';
import { runCli } from '../support/cli.js';
import { makeTempDir } from '../support/tmp.js';
import { smallFamily } from './fixtures.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});
function tempDir(): string {
  const tmp = makeTempDir('wdkin-safe-');
  cleanups.push(tmp.cleanup);
  return tmp.dir;
}

async function refusal(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('an existing --out that is not a regular file is left untouched (exit 2)', () => {
  it('a FIFO', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const error = await refusal(writeOutputs(smallFamily(), [fifo]));
    expect(error.message).toMatch(/is a FIFO \(named pipe\), not a regular file; left untouched/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe.json']);
  });

  it('a socket', async () => {
    const dir = tempDir();
    const path = join(dir, 'sock.json');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      expect((await refusal(writeOutputs(smallFamily(), [path]))).message).toMatch(/is a socket/);
      expect(lstatSync(path).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('a device node (the /dev/full case), where root can make one', async () => {
    const dir = tempDir();
    const device = join(dir, 'full.json');
    if (spawnSync('mknod', [device, 'c', '1', '7']).status !== 0) {
      console.warn('note: mknod is not allowed here (not root); the device-node case is checked on CI as root');
      return;
    }
    const run = await runCli(['export', 'missing.json', '--out', device, '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a device, not a regular file; left untouched/);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('a directory', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out.gexf'));
    expect((await refusal(checkOutputs([join(dir, 'out.gexf')]))).message).toMatch(/is a directory/);
  });
});

describe('symlinks, modes, names', () => {
  it('writes through a symlink to its target, which keeps its mode (600)', async () => {
    const dir = tempDir();
    const real = join(dir, 'real.dot');
    writeFileSync(real, 'old');
    chmodSync(real, 0o600);
    symlinkSync('real.dot', join(dir, 'link.dot'));
    const [written] = await writeOutputs(smallFamily(), [join(dir, 'link.dot')]);
    expect(written!.path).toBe(join(dir, 'link.dot'));
    expect(readlinkSync(join(dir, 'link.dot'))).toBe('real.dot');
    expect(readFileSync(real, 'utf8')).toMatch(/^digraph/);
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });

  it('refuses a dangling symlink, and two outputs that are one file', async () => {
    const dir = tempDir();
    symlinkSync('nowhere.json', join(dir, 'dangling.json'));
    expect((await refusal(checkOutputs([join(dir, 'dangling.json')]))).message).toMatch(
      /symlink to a file that does not exist/,
    );
    writeFileSync(join(dir, 'a.json'), '');
    symlinkSync('a.json', join(dir, 'b.json'));
    expect((await refusal(checkOutputs([join(dir, 'a.json'), join(dir, 'b.json')]))).message).toMatch(
      /writes the same file as/,
    );
  });

  it('refuses a file name over 255 bytes and a directory that cannot be written (even by root)', async () => {
    const dir = tempDir();
    expect((await refusal(checkOutputs([join(dir, `${'é'.repeat(130)}.json`)]))).message).toMatch(
      /longer than 255 bytes/,
    );
    expect((await refusal(checkOutputs(['/proc/wdkin.json']))).message).toMatch(/is not writable/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('all or none', () => {
  it('when one of several files cannot be written, none is replaced and no temporary file is left', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'old a');
    const error = await writeFilesAtomically([
      { target: join(dir, 'a.txt'), data: 'new a' },
      { target: join(dir, 'gone', 'b.txt'), data: 'new b' },
    ]).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/nothing was replaced/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('partial graphs', () => {
  it('a partial graph goes beside an existing complete file, and replaces an earlier partial one', async () => {
    const dir = tempDir();
    const path = join(dir, 'family.json');
    writeFileSync(path, '{"wdkin": {"status": "complete"}}');
    const graph = smallFamily();
    graph.mergeAttributes({ status: 'partial', failed: 2 });
    const [first] = await writeOutputs(graph, [path], { partial: true });
    expect(first).toMatchObject({ path: join(dir, 'family.partial.json'), requested: path, partial: true });
    expect(readFileSync(path, 'utf8')).toBe('{"wdkin": {"status": "complete"}}');
    expect(JSON.parse(readFileSync(first!.path, 'utf8')).wdkin).toMatchObject({ status: 'partial', failed: 2 });
    const [again] = await writeOutputs(graph, [first!.path], { partial: true });
    expect(again!.path).toBe(first!.path);
    expect(readdirSync(dir).sort()).toEqual(['family.json', 'family.partial.json']);
  });
});

describe('every format says when its graph is partial', () => {
  it.each(['json', 'gexf', 'graphml', 'dot', 'svg', 'gedcom', 'html'] as const)(
    '%s: the status is in the first 4 KB, so a partial file is recognised and may be replaced by a newer partial one',
    async (format) => {
      const dir = tempDir();
      const graph = smallFamily();
      graph.mergeAttributes({ status: 'partial', failed: 1 });
      const text = await renderExport(graph, format);
      expect(text.slice(0, 4096)).toMatch(
        format === 'json' ? /"status": "partial"/ : /wdkin-status: partial \(1 person could not be fetched/,
      );
      const path = join(dir, `family.${format === 'gedcom' ? 'ged' : format}`);
      const [first] = await writeOutputs(graph, [path], { partial: true });
      expect(first!.path).toBe(path);
      const [again] = await writeOutputs(graph, [path], { partial: true });
      expect(again!.path).toBe(path);
      expect(readdirSync(dir)).toEqual([path.split('/').pop()]);
    },
  );
});

describe('the CLI checks everything before creating anything', () => {
  it('output/ is not created when an argument is bad, and an ESC in a path is not echoed raw', async () => {
    const dir = tempDir();
    const bad = await runCli(['crawl', 'Q9439', '--offline', '--depth', 'x'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    const esc = await runCli(['crawl', 'Q9439', '--offline', '--out', join(dir, 'no\u001b[31mdir', 'x.json')], {
      cwd: dir,
    });
    expect(esc.code).toBe(2);
    expect(esc.stderr).not.toContain('\u001b');
    expect(esc.stderr).toContain('no\\u001b[31mdir');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--store under an impossible directory is exit 2 at once', async () => {
    const dir = tempDir();
    const run = await runCli(['crawl', 'Q9439', '--offline', '--store', '/proc/nope/x.sqlite', '--out', 'x.json'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wdkin: Cannot create the directory \/proc\/nope for the store/);
  });
});
