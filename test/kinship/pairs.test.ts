/** Many pairs in one run: the pairs file, the shared source, and `wdkin kinship --pairs`. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePeople } from '../support/family.js';
import { createMemorySource } from '../support/memory-source.js';
import { runCli, spawnCli } from '../support/cli.js';
import { parsePairList } from '../../src/kinship/pair-list.js';
import { shareSource } from '../../src/kinship/shared-source.js';
import { findKinship } from '../../src/kinship/find-kinship.js';
import { COUSINS } from './families.js';
import { DATASET } from './ancestry-bound.js';

describe('parsePairList', () => {
  it('reads A<TAB>B lines, skips blanks and comments, ignores extra columns, reports bad lines', () => {
    expect(parsePairList('# pairs\nQ1\tQ2\n\n  \nQ3\tQ4\tsome label\r\nQ5\nQ6 Q7\n')).toEqual([
      { line: 2, a: 'Q1', b: 'Q2' },
      { line: 5, a: 'Q3', b: 'Q4' },
      { line: 6, error: 'expected two ids separated by a tab, got "Q5"' },
      { line: 7, error: 'expected two ids separated by a tab, got "Q6 Q7"' },
    ]);
  });
});

describe('shareSource', () => {
  it('asks the source for each person once across questions', async () => {
    const memory = createMemorySource(makePeople(COUSINS), { redirects: { Q70: 'Q7' } });
    const shared = shareSource(memory);
    await findKinship(shared, 'Q10', 'Q13');
    const first = memory.requestedIds().length;
    const again = await findKinship(shared, 'Q10', 'Q13');
    expect(again.relationships[0]?.name).toBe('second cousin');
    expect(memory.requestedIds()).toHaveLength(first);
    await findKinship(shared, 'Q9', 'Q70');
    expect(new Set(memory.requestedIds()).size).toBe(memory.requestedIds().length);
    const batch = await shared.getPeople(['Q70', 'Q999']);
    expect([...batch.people.keys()]).toEqual(['Q7']);
    expect(batch.redirects.get('Q70')).toBe('Q7');
    expect(batch.missing).toEqual(['Q999']);
  });

  it('asks once for ids that questions in flight at the same time both need', async () => {
    const memory = createMemorySource(makePeople(COUSINS), { failing: ['Q5'] });
    const shared = shareSource(memory);
    const [first, second] = await Promise.all([
      shared.getPeople(['Q1', 'Q2', 'Q5']),
      shared.getPeople(['Q2', 'Q3', 'Q5']),
    ]);
    expect(memory.calls).toEqual([['Q1', 'Q2', 'Q5'], ['Q3']]);
    expect([...first.people.keys()].sort()).toEqual(['Q1', 'Q2']);
    expect([...second.people.keys()].sort()).toEqual(['Q2', 'Q3']);
    expect(first.failed).toEqual(['Q5']);
    expect(second.failed).toEqual(['Q5']);
    await shared.getPeople(['Q5']); // failures are asked again
    expect(memory.calls.at(-1)).toEqual(['Q5']);
  });
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wdkin-pairs-'));
  await writeFile(
    join(dir, 'pairs.tsv'),
    [
      '# A\tB',
      'Q9682\tQ80976\tElizabeth II / Philip',
      'Q269412\tQ40787',
      '',
      'Q2677\thttps://www.wikidata.org/wiki/Q269412',
      'Q9682',
      'Q9682\tQ9682',
      'Q9682\tQ999999999',
    ].join('\n'),
  );
  await writeFile(join(dir, 'good.tsv'), 'Q9682\tQ80976\nQ269412\tQ40787\n');
  await writeFile(join(dir, 'empty.tsv'), '# nothing\n\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const kinship = (...args: string[]) =>
  runCli(['kinship', ...args, '--snapshot', DATASET, '--lang', 'en,fr'], { cwd: dir });

describe('wdkin kinship --pairs', () => {
  it('prints one JSON answer per pair, in the file order, with an error object for each bad line', async () => {
    const { code, stdout, stderr } = await kinship('--pairs', 'pairs.tsv', '--max-relationships', '2');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const answers = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => a.line)).toEqual([2, 3, 5, 6, 7, 8]);
    expect(answers[0]).toMatchObject({ a: 'Q9682', b: 'Q80976', moreRelationships: 5 });
    expect(answers[0].relationships.map((r: { name: string }) => r.name)).toEqual([
      'second cousin once removed',
      'third cousin',
      'husband',
    ]);
    expect(answers[0].kinship).toBeCloseTo(0.012236, 6);
    expect(answers[1].relationships[0].name).toBe('first cousin');
    expect(answers[2]).toMatchObject({ a: 'Q2677', b: 'Q269412' });
    expect(answers[3]).toEqual({ line: 6, error: { code: 'INVALID_ID', message: expect.stringMatching(/two ids/) } });
    expect(answers[4]).toMatchObject({ line: 7, error: { code: 'INVALID_OPTION' } });
    expect(answers[5]).toMatchObject({ line: 8, error: { code: 'MISSING_ENTITY' } });
  });

  it('answers the same as one pair at a time, and exits 0 when every pair is answered', async () => {
    const { code, stdout } = await kinship('--pairs', 'good.tsv');
    expect(code).toBe(0);
    const [first] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const single = JSON.parse((await kinship('Q9682', 'Q80976', '--json')).stdout);
    const { seconds: _s1, line: _line, ...fromPairs } = first;
    const { seconds: _s2, ...alone } = single;
    expect(fromPairs).toEqual(alone);
  });

  it.each([
    [['--pairs', 'missing.tsv'], /not found/],
    [['--pairs', 'empty.tsv'], /no pairs/],
    [['--pairs', 'good.tsv', '--out', 'x.svg'], /--out/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await kinship(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('runs from the built binary in one process', async () => {
    const { code, stdout } = await spawnCli(['kinship', '--pairs', 'good.tsv', '--snapshot', DATASET], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });
});
