/**
 * Paths inside the repository, resolved from this file (never from the working directory), so
 * tests run from any directory and on any clone. Nothing here reaches outside the repository.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The nearest folder above `dir` holding a package.json: test/support/ from source, build/test/support/ compiled. */
function packageRoot(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json'))) return current;
    if (dirname(current) === current) return fileURLToPath(new URL('../../', import.meta.url));
  }
}

export const REPO_ROOT = packageRoot(fileURLToPath(new URL('.', import.meta.url)));

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}

/** The bundled snapshot: 5,171 real Wikidata people in dump format (data/README.md). */
export const ROYALS_DATASET = repoPath('data', 'european-royals.ndjson.gz');

/** Committed test fixtures (each folder names its provenance and licence). */
export function fixturePath(...parts: string[]): string {
  return repoPath('test', 'fixtures', ...parts);
}
