/** Pedigree collapse (implex) per generation, F, repeated ancestors: unit, and `wdkin pedigree`. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFamilyGraph, makePeople } from '../support/family.js';
import { createMemorySource } from '../support/memory-source.js';
import { runCli } from '../support/cli.js';
import { pedigreeCollapse } from '../../src/kinship/pedigree-collapse.js';
import { findPedigree } from '../../src/kinship/find-pedigree.js';
import { CHILD_OF_SIBLINGS, COUSINS } from './families.js';
import { DATASET } from './ancestry-bound.js';

/** Q40, child of first cousins Q7 and Q9 (grandchildren of Q1 & Q2). */
const CHILD_OF_COUSINS = { ...COUSINS, Q40: { sex: 'male' as const, father: 'Q7' as const, mother: 'Q9' as const } };

describe('pedigreeCollapse', () => {
  it('counts places, distinct people and implex per generation for a child of first cousins', () => {
    const report = pedigreeCollapse(makeFamilyGraph(CHILD_OF_COUSINS), 'Q40', 4);
    expect(report.rows.map((r) => [r.generation, r.possible, r.known, r.distinct, r.newPeople])).toEqual([
      [1, 2, 2, 2, 2],
      [2, 4, 4, 4, 4],
      [3, 8, 4, 2, 2],
      [4, 16, 0, 0, 0],
    ]);
    expect(report.rows[2]).toMatchObject({ coverage: 0.5, implex: 0.5, cumulativeImplex: 1 - 8 / 10 });
    expect(report.rows.map((r) => r.inbreeding)).toEqual([0, 0, 1 / 16, 1 / 16]);
    expect(report).toMatchObject({ inbreeding: 1 / 16, ancestors: 8, cut: false });
    expect(report.repeated).toEqual([
      { id: 'Q1', places: 2, generations: [3] },
      { id: 'Q2', places: 2, generations: [3] },
    ]);
  });

  it('the child of full siblings: 2 grandparents in 4 places, F = 1/4', () => {
    const report = pedigreeCollapse(makeFamilyGraph(CHILD_OF_SIBLINGS), 'Q5', 2);
    expect(report.rows[1]).toMatchObject({ possible: 4, known: 4, distinct: 2, implex: 0.5 });
    expect(report.inbreeding).toBe(0.25);
  });

  it('says when the ancestry goes on beyond the bound', async () => {
    const result = await findPedigree(createMemorySource(makePeople(CHILD_OF_COUSINS)), 'Q40', { generations: 2 });
    expect(result.cut).toBe(true);
    expect(result.messages).toContain('the ancestry goes on beyond 2 generations');
    expect(result.rows).toHaveLength(2);
    expect(result.fetched).toBe(7);
  });
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wdkin-pedigree-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const pedigree = (...args: string[]) =>
  runCli(['pedigree', ...args, '--snapshot', DATASET, '--lang', 'en,fr'], { cwd: dir });

describe('wdkin pedigree', () => {
  it('prints the table, F and the most repeated ancestors for Elizabeth II', async () => {
    const { code, stdout, stderr } = await pedigree('Q9682');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Pedigree of Elizabeth II (Q9682) within 10 generations: 44 different ancestors');
    expect(lines[1]).toMatch(/^generation +possible +known +distinct +coverage +implex +implex so far +F within$/);
    expect(lines[2]!.trim().split(/ +/)).toEqual(['1', '2', '2', '2', '100%', '0%', '0%', '0']);
    expect(stdout).toContain('Inbreeding coefficient F within 10 generations: 0\n');
    expect(stdout).toContain('  George III (Q127318): 2 places, generations 5, 6\n');
    expect(stdout).toContain('Note: the ancestry goes on beyond 10 generations');
  });

  it('prints one JSON object with --json', async () => {
    const { code, stdout } = await pedigree('Q240397', '--generations', '12', '--top', '3', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ root: 'Q240397', generations: 12, cut: true });
    expect(report.rows).toHaveLength(12);
    expect(report.repeated).toHaveLength(3);
    expect(report.repeated[0]).toEqual({ id: 'Q150611', places: 27, generations: [10, 11, 12] });
    expect(report.inbreeding).toBeCloseTo(0.1801, 4);
    expect(report.labels.Q150611).toBe('Ferdinand Ier');
  });

  it.each([
    [['Q9682', '--generations', '0'], /--generations/],
    [['Q9682', '--generations', '51'], /--generations/],
    [['P31'], /property/],
    [['Q999999999'], /does not exist/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await pedigree(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
