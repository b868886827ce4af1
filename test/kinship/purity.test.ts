/**
 * The kinship API is imported in a browser (relate over a graph already in memory): no module
 * statically reachable from src/kinship/index.ts may import a node: module.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { repoPath, REPO_ROOT } from '../support/paths.js';

/** Static imports (`import ... from '...'`, `export ... from '...'`), not `await import(...)`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s'([^']+)'/gms)].map((m) => m[1]!);
}

function reachable(entry: string): { files: string[]; nodeImports: string[] } {
  const seen = new Set<string>();
  const nodeImports: string[] = [];
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of staticImports(file)) {
      if (target.startsWith('node:')) nodeImports.push(`${relative(REPO_ROOT, file)} -> ${target}`);
      else if (target.startsWith('.')) walk(resolve(dirname(file), target.replace(/\.js$/, '.ts')));
    }
  };
  walk(entry);
  return { files: [...seen], nodeImports };
}

describe('the kinship API stays free of Node modules', () => {
  it('nothing reachable from src/kinship/index.ts imports node:', () => {
    const { files, nodeImports } = reachable(repoPath('src', 'kinship', 'index.ts'));
    expect(files.length).toBeGreaterThan(30);
    expect(nodeImports).toEqual([]);
  });

  it('the check sees a node: import where there is one', () => {
    expect(reachable(repoPath('src', 'version.ts')).nodeImports.length).toBeGreaterThan(0);
  });
});
