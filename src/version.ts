import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageVersion(startFile: string, name: string): string {
  let dir = dirname(startFile);
  for (let i = 0; i < 8; i += 1) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // keep walking up
    }
    dir = dirname(dir);
  }
  return '0.0.0';
}

/** This package's version (from its package.json, found from dist/ or src/ alike). */
export const WDKIN_VERSION = packageVersion(fileURLToPath(import.meta.url), 'wdkin');

/** The installed got's version, for the User-Agent. */
export const GOT_VERSION = packageVersion(fileURLToPath(import.meta.resolve('got')), 'got');
