/**
 * Paths inside the repository, resolved from this file (never from the working directory), so
 * tests run from any directory and on any clone. Nothing here reaches outside the repository.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The repository: the nearest folder above this file with a package.json (also from build/test/support, for bench/). */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return `${dir}/`;
  }
  return fileURLToPath(new URL('../../', import.meta.url));
}

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}

/** The bundled snapshot: 5,171 real Wikidata people in dump format (data/README.md). */
export const ROYALS_DATASET = repoPath('data', 'european-royals.ndjson.gz');

/** Committed test fixtures (each folder names its provenance and licence). */
export function fixturePath(...parts: string[]): string {
  return repoPath('test', 'fixtures', ...parts);
}
