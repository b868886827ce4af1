import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import yargs from 'yargs';
import { exportCommand } from '../../src/cli/commands/export.js';
import { UsageError } from '../../src/errors.js';
import type { CliIO, CommandOutcome } from '../../src/cli/io.js';
import { renderExport } from '../../src/export/write.js';
import { smallFamily } from './fixtures.js';

async function runExport(argv: string[], cwd: string): Promise<{ stdout: string; error: unknown }> {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
  const io: CliIO = { stdout, stderr: new PassThrough(), env: {}, cwd };
  const outcome: CommandOutcome = { exitCode: 0 };
  let error: unknown = null;
  try {
    await yargs(argv).command(exportCommand(io, outcome)).strict().exitProcess(false).fail((msg, err) => {
      throw err ?? new Error(msg);
    }).parseAsync();
  } catch (e) {
    error = e;
  }
  return { stdout: chunks.join(''), error };
}

async function savedCrawl(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wdkin-cli-'));
  writeFileSync(join(dir, 'saved.json'), await renderExport(smallFamily(), 'json'));
  return dir;
}

describe('wdkin export', () => {
  it('re-exports a saved crawl to several formats and prints one JSON summary with --json', async () => {
    const dir = await savedCrawl();
    const { stdout, error } = await runExport(['export', 'saved.json', '--out', 'x.gexf', '--out', 'x.ged', '--highlight', 'Q1,Q5', '--json'], dir);
    expect(error).toBeNull();
    const summary = JSON.parse(stdout) as { outputs: Array<{ path: string; format: string; bytes: number }> };
    expect(summary.outputs.map((o) => [o.path, o.format])).toEqual([[join(dir, 'x.gexf'), 'gexf'], [join(dir, 'x.ged'), 'gedcom']]);
    expect(readFileSync(join(dir, 'x.ged'), 'utf8')).toContain('_HIGHLIGHT Y');
  });

  it('prints a line per output, honours --format, --layout and --timeline', async () => {
    const dir = await savedCrawl();
    const { stdout, error } = await runExport(['export', 'saved.json', '--out', 'x.xml', '--format', 'gexf', '--layout', 'forceatlas2', '--timeline'], dir);
    expect(error).toBeNull();
    expect(stdout).toMatch(/^Wrote .*x\.xml \(gexf, \d+ bytes\)\n$/);
    expect(readFileSync(join(dir, 'x.xml'), 'utf8')).toContain('mode="dynamic"');
  });

  it('refuses a file that is not a saved wdkin graph, with a UsageError and nothing written', async () => {
    const dir = await savedCrawl();
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ nodes: [], edges: [] }));
    writeFileSync(join(dir, 'broken.json'), '{"wdkin": {"format": "wdkin-graph", "formatVersion": 1}, "nodes": [{"key": "Q1", "attributes": {}}], "edges": []}');
    writeFileSync(join(dir, 'truncated.json'), '{"wdkin": {');
    for (const file of ['other.json', 'broken.json', 'truncated.json', 'missing.json']) {
      const { error } = await runExport(['export', file, '--out', 'y.gexf'], dir);
      expect(error).toBeInstanceOf(UsageError);
    }
    const { error } = await runExport(['export', 'saved.json', '--out', 'y.gexf', '--highlight', 'P31'], dir);
    expect(error).toBeInstanceOf(UsageError);
    expect(readdirSync(dir).filter((f) => f.startsWith('y'))).toEqual([]);
  });
});
