/**
 * --offline reads the bundled snapshot from the store built at npm run build (dist/data), opened
 * read-only and read on demand: the same graph as the snapshot file read into memory.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { spawnCli } from '../support/cli.js';
import { repoPath, ROYALS_DATASET } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { graphOf } from './helpers.js';

jest.setTimeout(120_000);

const BUNDLED = repoPath('dist', 'data', 'european-royals.sqlite');

describe('--offline and the bundled store', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    tmp = makeTempDir();
  });
  afterAll(() => tmp.cleanup());

  it('npm run build made the bundled store: every item of the snapshot, with its dump record', () => {
    expect(existsSync(BUNDLED)).toBe(true);
    const store = Store.openReadOnly(BUNDLED);
    try {
      expect(store.countEntities()).toBe(5171);
      expect(store.dumpRecord('https://www.wikidata.org/w/api.php')).toMatchObject({ people: 5171, languages: '*' });
    } finally {
      store.close();
    }
  });

  it.each([
    [['crawl', 'Q9439', '--depth', '3']],
    [['crawl', 'Q9682', '--up', '--depth', '8', '--lang', 'fr']],
    [['crawl', 'Q9439', '--down', '--depth', '4', '--relations', 'spouse']],
  ])('%j --offline equals --snapshot of the same data', async (args) => {
    const store = join(tmp.dir, 'user.sqlite');
    const offline = await spawnCli([...args, '--offline', '--store', store, '--out', 'o.json'], { cwd: tmp.dir });
    expect(offline.stderr).toBe('');
    expect(offline.code).toBe(0);
    const snapshot = await spawnCli([...args, '--snapshot', ROYALS_DATASET, '--out', 's.json'], { cwd: tmp.dir });
    expect(snapshot.code).toBe(0);
    expect(graphOf(join(tmp.dir, 'o.json'))).toEqual(graphOf(join(tmp.dir, 's.json')));
  });
});
