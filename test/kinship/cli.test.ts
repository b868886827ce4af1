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
    expect(stdout).toContain('  seventh cousin once removed (2 lines)\n');
    expect(stdout).not.toMatch(/double|-fold/);
    expect(stdout).toContain('  husband\n');
    expect(stdout).toContain('Path sum Σ(1/2)^(Ga+Gb): 0.02447 (22 pairs of lines)\n');
    expect(stdout).toContain('Kinship coefficient φ: 0.01224\n');
    expect(stdout).toContain('Inbreeding coefficient F: Elizabeth II 0, Prince Philip, Duke of Edinburgh 0.0009956\n');
    expect(stdout).toContain('Coefficient of relationship r (Wright): 0.02446 (2.45%)\n');
    expect(stdout).toContain('These cover the ancestors within 10 generations of either person (98 people).\n');
    expect(stdout).toContain('Note: only common ancestors within 10 generations were searched');
  });

  it('shows the closest 10 relationships and says how many more; --max-relationships changes it', async () => {
    const { stdout } = await kinship('Q78636', 'Q443417');
    const headings = stdout.split('\n').filter((l) => /^ {4}common ancestors?:/.test(l));
    expect(headings).toHaveLength(10);
    expect(stdout).toMatch(
      /\.\.\. and 50 more relationships by descent in 26 more degrees \(--max-relationships N shows more; --json lists them\)/,
    );
    const three = await kinship('Q78636', 'Q443417', '--max-relationships', '3');
    expect(three.stdout.split('\n').filter((l) => /^ {4}common ancestors?:/.test(l))).toHaveLength(3);
    expect(three.stdout).toContain('... and 57 more relationships by descent');
    const json = JSON.parse((await kinship('Q78636', 'Q443417', '--json', '--max-relationships', '3')).stdout);
    expect(json.relationships).toHaveLength(3);
    expect(json.moreRelationships).toBe(57);
    expect(json.degrees.reduce((n: number, d: { couples: number }) => n + d.couples, 0)).toBe(60);
  });

  it('prints "one common ancestor known" instead of "half-" without evidence', async () => {
    // Sophie and Karl I of Württemberg: the data records only Karl's father (both were Catherine
    // Pavlovna's children): one common parent known, not proven half-siblings
    const { stdout } = await kinship('Q168674', 'Q57440');
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      "Karl Ier de Wurtemberg (Q57440) is Sophie de Wurtemberg (Q168674)'s",
      '  brother',
      '    common ancestor: Guillaume Ier de Wurtemberg (Q170398), 1 generation up from Sophie de Wurtemberg, 1 from Karl Ier de Wurtemberg',
      '    one common ancestor known; the other parent is not recorded (for Karl Ier de Wurtemberg)',
    ]);
    expect(stdout).not.toMatch(/half-/);
    const json = JSON.parse((await kinship('Q168674', 'Q57440', '--json')).stdout);
    expect(json.relationships[0]).toMatchObject({ name: 'brother', half: null, otherParentUnrecorded: ['Q57440'] });
  });

  it('prints one JSON object with --json', async () => {
    const { code, stdout } = await kinship('Q269412', 'Q40787', '--json', '--closest');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown> & { relationships: Array<Record<string, unknown>> };
    expect(answer).toMatchObject({ a: 'Q269412', b: 'Q40787', requests: 0, limitReached: false, proven: true });
    expect(answer.relationships[0]).toEqual({
      name: 'first cousin',
      neutralName: 'first cousin',
      kind: 'blood',
      half: false,
      otherParentUnrecorded: [],
      generationsA: 2,
      generationsB: 2,
      cousin: { degree: 1, removed: 0 },
      commonAncestors: ['Q151305', 'Q166028'],
      lines: 1,
      paths: { a: [['Q269412', 'Q152260', 'Q151305']], b: [['Q40787', 'Q153601', 'Q151305']] },
      allPaths: true,
      via: null,
      nonBirthLinks: [],
    });
    expect(answer.degrees).toEqual([
      {
        name: 'first cousin',
        kind: 'blood',
        generationsA: 2,
        generationsB: 2,
        couples: 1,
        lines: 1,
        label: 'first cousin',
      },
    ]);
    expect(answer).toMatchObject({
      pathSum: 0.125,
      kinship: 0.0625,
      inbreeding: { a: 0, b: 0 },
      coefficient: 0.125,
      pedigree: { generations: 2, allLines: true },
    });
    expect(answer.messages).toContain(
      'closest relationship proven after 2 generations: the relationships and the four numbers cover only the ancestors within 2 generations of either person',
    );
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
    [['Q9682', 'Q80976', '--max-relationships', '-1'], /--max-relationships/],
    [['Q9682'], /two people/],
    [['Q9682', 'Q80976', '--pairs', 'pairs.tsv'], /either two people/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await kinship(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
