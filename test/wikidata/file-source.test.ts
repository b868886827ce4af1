import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { openFileSource } from '../../src/wikidata/file-source.js';
import { BUNDLED_SNAPSHOT } from '../../src/cli/source-options.js';
import { UsageError } from '../../src/errors.js';
import { entity } from '../support/entities.js';
import { ROYALS_NDJSON } from '../support/royals.js';
import { makeTempDir } from '../support/tmp.js';
import { repoPath } from '../support/paths.js';

describe('openFileSource', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('reads the bundled snapshot, whose content is the one data/README.md documents', async () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const documented = /sha256 of the uncompressed file: `([0-9a-f]{64})`/.exec(
      readFileSync(repoPath('data', 'README.md'), 'utf8'),
    )?.[1];
    expect(sha(gunzipSync(readFileSync(BUNDLED_SNAPSHOT)))).toBe(documented);
    expect(BUNDLED_SNAPSHOT).toBe(ROYALS_NDJSON);
    const source = await openFileSource(BUNDLED_SNAPSHOT, { languages: ['en', 'fr'] });
    expect(source.size).toBe(5171);
    const batch = await source.getPeople(['Q9439', 'Q1']);
    expect(batch.people.get('Q9439')?.label).toBe('Queen Victoria');
    expect(batch.missing).toEqual(['Q1']);
  });

  it('reads Wikidata dump format (brackets, trailing commas), gzipped, whatever the file name', async () => {
    const lines = [
      '[',
      `${JSON.stringify(entity('Q1', { children: ['Q2'] }))},`,
      `${JSON.stringify(entity('Q2', { fathers: ['Q1'] }))}`,
      ']',
    ];
    const path = join(tmp.dir, 'dump.json');
    writeFileSync(path, gzipSync(lines.join('\n')));
    const source = await openFileSource(path, { languages: ['en'] });
    expect(source.size).toBe(2);
    expect(source.problems).toEqual([]);
  });

  it('skips and reports malformed lines with their line numbers', async () => {
    const path = join(tmp.dir, 'bad.ndjson');
    writeFileSync(
      path,
      [
        JSON.stringify(entity('Q1')),
        '{"id": "Q2", "claims": ',
        '42',
        JSON.stringify({ id: 'Qxyz' }),
        JSON.stringify(entity('Q3')),
      ].join('\n'),
    );
    const source = await openFileSource(path, { languages: ['en'] });
    expect(source.size).toBe(2);
    expect(source.problems.map((p) => p.detail.replace(/^.*:(\d+):/, '$1:'))).toEqual([
      '2: not valid JSON, skipped',
      '3: not a JSON object, skipped',
      '4: invalid id "Qxyz", skipped',
    ]);
    const batch = await source.getPeople(['Q1']);
    expect(batch.anomalies.map((a) => a.kind)).toEqual(['bad-snapshot-line', 'bad-snapshot-line', 'bad-snapshot-line']);
  });

  it('refuses a missing file and a file that is not a dump with a usage error', async () => {
    await expect(openFileSource(join(tmp.dir, 'nope.ndjson'), { languages: ['en'] })).rejects.toThrow(UsageError);
    const path = join(tmp.dir, 'text.txt');
    writeFileSync(path, 'hello\nworld\n');
    await expect(openFileSource(path, { languages: ['en'] })).rejects.toMatchObject({ code: 'BAD_SNAPSHOT' });
  });
});
