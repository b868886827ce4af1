import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { UsageError } from '../../src/errors.js';
import { makeTempDir } from '../support/tmp.js';

describe('Store (a real SQLite file)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('caches entities, missing ids and redirects with fetch time and revision, per endpoint', () => {
    const path = join(tmp.dir, 'nested', 'store.sqlite');
    const store = Store.open(path);
    store.putEntities('https://a/w/api.php', [
      { qid: 'Q1', status: 'ok', entity: { id: 'Q1', labels: {} }, languages: 'en', revision: 7, fetchedAt: 1000 },
      { qid: 'Q2', status: 'missing', languages: 'en', fetchedAt: 1000 },
      { qid: 'Q3', status: 'redirect', target: 'Q1', languages: 'en', fetchedAt: 1000 },
    ]);
    store.close();
    const reopened = Store.open(path);
    const found = reopened.getEntities('https://a/w/api.php', ['Q1', 'Q2', 'Q3', 'Q4']);
    expect(found.get('Q1')).toEqual({
      qid: 'Q1',
      status: 'ok',
      entity: { id: 'Q1', labels: {} },
      languages: 'en',
      revision: 7,
      fetchedAt: 1000,
    });
    expect(found.get('Q2')?.status).toBe('missing');
    expect(found.get('Q3')).toMatchObject({ status: 'redirect', target: 'Q1' });
    expect(found.has('Q4')).toBe(false);
    expect(reopened.getEntities('https://b/w/api.php', ['Q1']).size).toBe(0);
    expect(reopened.integrityCheck()).toBe('ok');
    reopened.close();
  });

  it('looks up more ids than SQLite allows in one statement', () => {
    const store = Store.open(join(tmp.dir, 's.sqlite'));
    const ids = Array.from({ length: 1800 }, (_, i) => `Q${i + 1}` as const);
    store.putEntities(
      'e',
      ids.map((qid) => ({ qid, status: 'missing' as const, languages: 'en', fetchedAt: 1 })),
    );
    expect(store.getEntities('e', ids).size).toBe(1800);
    expect(store.countEntities('e')).toBe(1800);
    store.close();
  });

  it('keeps crawl state: levels, failed ids, and the newest unfinished crawl for a key', () => {
    const store = Store.open(join(tmp.dir, 's.sqlite'));
    const first = store.startCrawl('k', { depth: 2 }, 100);
    store.saveLevel(first.id, 0, 1, 1, [], 110);
    store.saveLevel(first.id, 1, 5, 6, ['Q9'], 120);
    expect(store.findResumable('k')?.id).toBe(first.id);
    expect(store.levels(first.id)).toEqual([
      { level: 0, size: 1, failed: [] },
      { level: 1, size: 5, failed: ['Q9'] },
    ]);
    expect(store.getCrawl(first.id)).toMatchObject({ level: 1, people: 6, startedAt: 100, status: 'running' });
    store.finishCrawl(first.id, 'done');
    expect(store.findResumable('k')).toBeNull();
    store.close();
  });

  it('refuses a file that is not a store with a usage error', () => {
    const path = join(tmp.dir, 'junk.sqlite');
    writeFileSync(path, 'this is not sqlite at all, just text '.repeat(100));
    expect(() => Store.open(path)).toThrow(UsageError);
  });

  it('refuses a store path it cannot create', () => {
    const blocker = join(tmp.dir, 'file');
    writeFileSync(blocker, 'x');
    expect(() => Store.open(join(blocker, 'sub', 'store.sqlite'))).toThrow(UsageError);
  });
});
