/**
 * The repository stands alone: nothing under src/, test/, bench/, examples/ or .ci/ reaches
 * outside it: a contributor's clone has no reference folder beside it (the workplace's `shared`).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, repoPath } from './support/paths.js';

/** `..` then `shared`, built from parts so this file does not match itself. */
const OUTSIDE = new RegExp(`\\.\\.[/\\\\]${'shar'}ed\\b`);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Dot folders are git-ignored work areas (bench/.data holds multi-GB generated dumps).
    if (name === 'node_modules' || name === 'fixtures' || name === 'golden' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the repository is self-contained', () => {
  it('no source, test, bench, example or CI file names the folder beside the repository', () => {
    const outside = ['src', 'test', 'bench', 'examples', '.ci']
      .flatMap((dir) => filesUnder(repoPath(dir)))
      .filter((file) => OUTSIDE.test(readFileSync(file, 'utf8')))
      .map((file) => relative(REPO_ROOT, file));
    expect(outside).toEqual([]);
    expect(OUTSIDE.test(`see ../${'shared'}/docs/style.md`)).toBe(true);
  });

  it('package.json scripts do not reach outside the repository', () => {
    expect(readFileSync(repoPath('package.json'), 'utf8')).not.toMatch(OUTSIDE);
  });
});
