import { describe, expect, it } from '@jest/globals';
import { pathToFileURL } from 'node:url';
import columnWidth from '../../src/cli/column-width.js';
import { repoPath } from '../support/paths.js';

/** The string-width copies yargs and cliui load (the modules the CLI bundle replaces). */
const REAL = [
  repoPath('node_modules', 'yargs', 'node_modules', 'string-width', 'index.js'),
  repoPath('node_modules', 'cliui', 'node_modules', 'string-width', 'index.js'),
];

const SAMPLES = [
  '',
  'wdkin crawl [seeds..]',
  '  --depth  how many levels  [number] [default: 2]',
  '\u001B[31mred\u001B[39m text',
  '\u001B]8;;https://www.wikidata.org/wiki/Q9439\u0007Queen Victoria\u001B]8;;\u0007',
  'Élisabeth de Wittelsbach',
  'e\u0301te\u0301', // combining acute accents
  'ヴィクトリア (女王)',
  '维多利亚女王',
  '빅토리아 여왕',
  'ＡＢＣ fullwidth',
  'tab\there',
  'zero\u200Bwidth\u200Dspace',
  '\u202EABC\u202C',
  'crown 👑 and ♔',
  'heart ❤️ text',
  'Ω ≈ ç √ ∫',
];

describe('columnWidth (string-width without its start-up cost)', () => {
  it.each(REAL)('gives the same widths as %s', async (path) => {
    const stringWidth = ((await import(pathToFileURL(path).href)) as { default: (s: string, o?: object) => number })
      .default;
    for (const sample of SAMPLES) {
      expect([sample, columnWidth(sample)]).toEqual([sample, stringWidth(sample)]);
      expect([sample, columnWidth(sample, { ambiguousIsNarrow: false })]).toEqual([
        sample,
        stringWidth(sample, { ambiguousIsNarrow: false }),
      ]);
    }
  });

  it('takes non-strings as width 0, as string-width does', () => {
    expect(columnWidth(undefined)).toBe(0);
    expect(columnWidth(42)).toBe(0);
  });
});
