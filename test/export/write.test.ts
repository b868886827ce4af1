import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { makeTempDir } from '../support/tmp.js';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { formatFromPath } from '../../src/export/registry.js';
import { checkOutputs, writeOutputs } from '../../src/export/write.js';
import { MAX_SVG_PEOPLE } from '../../src/export/chart-limits.js';
import { syntheticFamilyGraph } from '../../src/graph/synthetic.js';
import type { ItemId } from '../../src/ids.js';
import { smallFamily } from './fixtures.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function tempDir(): string {
  const tmp = makeTempDir('wdkin-export-');
  cleanups.push(tmp.cleanup);
  return tmp.dir;
}

async function usageCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).code;
}

describe('formatFromPath', () => {
  it('maps extensions, case-insensitively, and lets --format override', () => {
    expect(['a.json', 'a.GEXF', 'a.dot', 'a.gv', 'a.svg', 'a.graphml', 'a.ged'].map((p) => formatFromPath(p))).toEqual([
      'json',
      'gexf',
      'dot',
      'dot',
      'svg',
      'graphml',
      'gedcom',
    ]);
    expect(formatFromPath('family.txt', 'gedcom')).toBe('gedcom');
    expect(formatFromPath('family', '.gv')).toBe('dot');
  });

  it('throws a UsageError for an unknown extension or format', () => {
    expect(() => formatFromPath('family.png')).toThrow(UsageError);
    expect(() => formatFromPath('family')).toThrow(UsageError);
    expect(() => formatFromPath('family.gexf', 'pdf')).toThrow(UsageError);
  });
});

describe('writeOutputs', () => {
  it('writes several outputs in one call, atomically, with no temporary file left', async () => {
    const dir = tempDir();
    const paths = ['f.json', 'f.gexf', 'f.dot', 'f.svg', 'f.graphml', 'f.ged'].map((f) => join(dir, f));
    const written = await writeOutputs(smallFamily(), paths, { highlight: ['Q1' as ItemId] });
    expect(written.map((w) => w.format)).toEqual(['json', 'gexf', 'dot', 'svg', 'graphml', 'gedcom']);
    for (const w of written) expect(Buffer.byteLength(readFileSync(w.path))).toBe(w.bytes);
    expect(readdirSync(dir).sort()).toEqual(['f.dot', 'f.ged', 'f.gexf', 'f.graphml', 'f.json', 'f.svg']);
  });

  it('replaces an existing file', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.dot');
    writeFileSync(path, 'old');
    await writeOutputs(smallFamily(), [path]);
    expect(readFileSync(path, 'utf8')).toMatch(/^digraph/);
  });

  it('refuses an unknown extension before writing anything', async () => {
    const dir = tempDir();
    expect(await usageCode(writeOutputs(smallFamily(), [join(dir, 'a.gexf'), join(dir, 'b.png')]))).toBe(
      'INVALID_OPTION',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a missing or non-directory folder before writing anything', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain-file'), '');
    expect(await usageCode(writeOutputs(smallFamily(), [join(dir, 'a.gexf'), join(dir, 'missing', 'b.gexf')]))).toBe(
      'FILE_UNWRITABLE',
    );
    expect(await usageCode(writeOutputs(smallFamily(), [join(dir, 'a.gexf'), join(dir, 'plain-file', 'b.gexf')]))).toBe(
      'FILE_UNWRITABLE',
    );
    mkdirSync(join(dir, 'c.gexf'));
    expect(await usageCode(writeOutputs(smallFamily(), [join(dir, 'a.gexf'), join(dir, 'c.gexf')]))).toBe(
      'FILE_UNWRITABLE',
    );
    expect(readdirSync(dir).sort()).toEqual(['c.gexf', 'plain-file']);
  });

  it('refuses the same output twice, a bad layout, no output, and unknown --highlight ids', async () => {
    const dir = tempDir();
    expect(await usageCode(checkOutputs([join(dir, 'a.gexf'), join(dir, 'a.gexf')]))).toBe('INVALID_OPTION');
    expect(await usageCode(checkOutputs([join(dir, 'a.gexf')], { layout: 'circle' as never }))).toBe('INVALID_OPTION');
    expect(await usageCode(checkOutputs([]))).toBe('INVALID_OPTION');
    expect(await usageCode(writeOutputs(smallFamily(), [join(dir, 'a.gexf')], { highlight: ['Q999' as ItemId] }))).toBe(
      'INVALID_OPTION',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an SVG of a graph too large for Graphviz, suggesting GEXF, and writes nothing', async () => {
    const dir = tempDir();
    const graph = syntheticFamilyGraph({ people: MAX_SVG_PEOPLE + 1, founders: 20 });
    expect(await usageCode(writeOutputs(graph, [join(dir, 'a.gexf'), join(dir, 'a.svg')]))).toBe('GRAPH_TOO_LARGE');
    expect(readdirSync(dir)).toEqual([]);
  });
});
