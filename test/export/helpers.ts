/** Test helpers: strict XML parsing, golden files, Graphviz rendering with error capture. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { expect } from '@jest/globals';

const HERE = dirname(fileURLToPath(import.meta.url));
export const GOLDEN_DIR = join(HERE, 'golden');

/** Parses XML; any xmldom warning, error or fatal error fails the test. */
export function parseXmlStrict(xml: string): Document {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  });
  const doc = parser.parseFromString(xml, 'application/xml');
  expect(problems).toEqual([]);
  return doc;
}

/**
 * Compares with test/export/golden/<name>. A test run only compares: a missing golden file fails.
 * `npm run golden:update` (UPDATE_GOLDEN=1) rewrites them, never under CI (CI=true compares only).
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(`golden file ${name} is missing: run npm run golden:update and review the diff`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

let dotMissingNoted = false;

/**
 * Native Graphviz `dot`, when installed: its stderr holds the warnings the WASM build mutes.
 * Without it, null and a note on the console (once per test file): the extra check is skipped.
 */
export function nativeDotWarnings(source: string): string | null {
  const probe = spawnSync('dot', ['-V'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    if (!dotMissingNoted) console.warn('note: native Graphviz (dot) not installed; its warning check is skipped');
    dotMissingNoted = true;
    return null;
  }
  const run = spawnSync('dot', ['-Tsvg', '-o', '/dev/null'], { input: source, encoding: 'utf8' });
  return run.stderr ?? '';
}

/** GEDCOM 5.5.1 line grammar: level, optional xref, tag, optional value. */
export const GEDCOM_LINE = /^(0|[1-9][0-9]?) (@[A-Za-z0-9_]{1,20}@ )?[A-Za-z0-9_]{1,31}( [^\n\r]*)?$/;
