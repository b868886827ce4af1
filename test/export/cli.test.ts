import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderExport } from '../../src/export/write.js';
import { runCli } from '../support/cli.js';
import { makeTempDir } from '../support/tmp.js';
import { smallFamily } from './fixtures.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

async function savedCrawl(): Promise<string> {
  const tmp = makeTempDir('wdkin-cli-');
  cleanups.push(tmp.cleanup);
  writeFileSync(join(tmp.dir, 'saved.json'), await renderExport(smallFamily(), 'json'));
  return tmp.dir;
}

describe('wdkin export', () => {
  it('re-exports a saved crawl to several formats and prints one JSON summary with --json', async () => {
    const dir = await savedCrawl();
    const result = await runCli(
      ['export', 'saved.json', '--out', 'x.gexf', '--out', 'x.ged', '--highlight', 'Q1,Q5', '--json'],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { outputs: Array<{ path: string; format: string; bytes: number }> };
    expect(summary.outputs.map((o) => [o.path, o.format])).toEqual([
      [join(dir, 'x.gexf'), 'gexf'],
      [join(dir, 'x.ged'), 'gedcom'],
    ]);
    expect(readFileSync(join(dir, 'x.ged'), 'utf8')).toMatch(/^1 NOTE @N1@$/m);
  });

  it('prints a line per output, honours --format, --layout and --timeline', async () => {
    const dir = await savedCrawl();
    const result = await runCli(
      ['export', 'saved.json', '--out', 'x.xml', '--format', 'gexf', '--layout', 'forceatlas2', '--timeline'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*x\.xml \(gexf, \d+ bytes\)\n$/);
    expect(readFileSync(join(dir, 'x.xml'), 'utf8')).toContain('mode="dynamic"');
  });

  it('refuses a file that is not a saved wdkin graph: exit 2, one line, nothing written', async () => {
    const dir = await savedCrawl();
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ nodes: [], edges: [] }));
    writeFileSync(
      join(dir, 'broken.json'),
      '{"wdkin": {"format": "wdkin-graph", "formatVersion": 1}, "nodes": [{"key": "Q1", "attributes": {}}], "edges": []}',
    );
    writeFileSync(join(dir, 'truncated.json'), '{"wdkin": {');
    const attempts = [
      ...['other.json', 'broken.json', 'truncated.json', 'missing.json'].map((file) => [
        'export',
        file,
        '--out',
        'y.gexf',
      ]),
      ['export', 'saved.json', '--out', 'y.gexf', '--highlight', 'P31'],
      ['export', 'saved.json'],
    ];
    for (const argv of attempts) {
      const result = await runCli(argv, { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('y'))).toEqual([]);
  });
});
