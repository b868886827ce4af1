import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { DATASET } from './ancestry-bound.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wdkin-kinship-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const kinship = (...args: string[]) =>
  runCli(['kinship', ...args, '--snapshot', DATASET, '--lang', 'en,fr'], { cwd: dir });

describe('wdkin kinship', () => {
  it('prints a readable answer, closest relationship first', async () => {
    const { code, stdout, stderr } = await kinship('Q9682', 'https://www.wikidata.org/wiki/Q80976');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe("Prince Philip, Duke of Edinburgh (Q80976) is Elizabeth II (Q9682)'s");
    expect(lines[1]).toBe('  second cousin once removed');
    expect(lines[2]).toBe(
      '    common ancestors: Christian IX of Denmark (Q151305) & Louise of Hesse-Kassel (Q166028), 4 generations up from Elizabeth II, 3 from Prince Philip, Duke of Edinburgh',
    );
    expect(lines[3]).toBe('    Elizabeth II > George VI > George V > Alexandra of Denmark > Christian IX of Denmark');
    expect(lines[5]).toBe('  third cousin');
    expect(stdout).toContain('  husband\n');
    expect(stdout).toMatch(/Coefficient of relationship: 0\.02447/);
    expect(stdout).toContain('Note: only common ancestors within 10 generations were searched');
  });

  it('prints one JSON object with --json', async () => {
    const { code, stdout } = await kinship('Q269412', 'Q40787', '--json', '--closest');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown> & { relationships: Array<Record<string, unknown>> };
    expect(answer).toMatchObject({ a: 'Q269412', b: 'Q40787', requests: 0, limitReached: false, proven: true });
    expect(answer.relationships[0]).toEqual(
      expect.objectContaining({
        name: 'first cousin',
        kind: 'blood',
        half: false,
        generationsA: 2,
        generationsB: 2,
        commonAncestors: ['Q151305', 'Q166028'],
        paths: { a: ['Q269412', 'Q152260', 'Q151305'], b: ['Q40787', 'Q153601', 'Q151305'] },
      }),
    );
    expect(typeof answer.coefficient).toBe('number');
    expect(answer).toHaveProperty('shortestPath', null);
    expect(answer).toHaveProperty('fetched');
    expect((answer.labels as Record<string, string>).Q151305).toBe('Christian IX of Denmark');
  });

  it('writes the subgraph of all paths with both people and the common ancestors highlighted', async () => {
    const out = join(dir, 'kin.json');
    const { code, stdout } = await kinship('Q2677', 'Q269412', '--closest', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${out}`);
    const text = await readFile(out, 'utf8');
    for (const id of ['Q2677', 'Q269412', 'Q116728', 'Q20875', 'Q9439', 'Q152245']) expect(text).toContain(id);
    expect(text).not.toContain('Q151305');
    expect(text).toContain('highlight');
  });

  it.each([
    [['Q9682', 'Q9682'], /same person twice/],
    [['Q9682', 'P31'], /property/],
    [['Q9682', 'Q999999999'], /does not exist/],
    [['Q9682', 'Q80976', '--max-generations', '0'], /--max-generations/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await kinship(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
