/**
 * findKinship through the real live source (HTTP client, batches of 50, bounded concurrency)
 * against the fake Wikibase server, from a cold cache. Counts come from the server's own log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeWikibase, type FakeWikibase, type RequestLogEntry } from '../support/fake-wikibase.js';
import { createLiveSource } from '../../src/wikidata/live-source.js';
import { openFileSource } from '../../src/wikidata/file-source.js';
import { findKinship } from '../../src/kinship/find-kinship.js';
import { isByDescent } from '../../src/kinship/order.js';
import type { ItemId } from '../../src/ids.js';
import type { PersonSource } from '../../src/wikidata/person-source.js';
import { ancestorsWithin, DATASET } from './ancestry-bound.js';

let fake: FakeWikibase;
let file: PersonSource;

beforeAll(async () => {
  fake = await startFakeWikibase({ latencyMs: 20 });
  file = await openFileSource(DATASET, { languages: ['en', 'fr'] });
});
afterAll(async () => {
  await fake.close();
});

const coldSource = () =>
  createLiveSource({
    endpoint: fake.apiUrl,
    languages: ['en', 'fr'],
    concurrency: 3,
    contact: 'https://example.org/wdkin-tests',
  });

/** Waves of requests: a request that arrives after every earlier one has finished starts a new wave. */
function waves(log: readonly RequestLogEntry[]): number {
  let count = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const entry of [...log].sort((x, y) => x.time - y.time)) {
    if (entry.time >= lastEnd) count += 1;
    lastEnd = Math.max(lastEnd, entry.end);
  }
  return count;
}

function askedIds(log: readonly RequestLogEntry[]): string[] {
  return log.filter((entry) => entry.path === '/w/api.php').flatMap((entry) => entry.ids);
}

describe('findKinship against the fake Wikibase, cold cache', () => {
  it('closest: Elizabeth II / Prince Philip within the 4 needed generations plus one, in about 5 rounds', async () => {
    fake.clearLog();
    const result = await findKinship(coldSource(), 'Q9682', 'Q80976', { closest: true });
    expect(result.relationships.filter(isByDescent).map((r) => r.name)).toEqual(['second cousin once removed']);
    const ids = askedIds(fake.log);
    expect(new Set(ids).size).toBe(ids.length); // nobody asked for twice
    const bound = await ancestorsWithin(file, ['Q9682', 'Q80976'], 4 + 1);
    for (const id of ids) expect(bound.has(id as ItemId)).toBe(true);
    expect(fake.log.every((entry) => entry.ids.length <= 50)).toBe(true);
    expect(result.requests).toBe(fake.log.length);
    expect(waves(fake.log)).toBeLessThanOrEqual(4 + 2);
    expect(result.rounds).toBeLessThanOrEqual(4 + 2);
  });

  it('default: every relationship within 10 generations from no more than the two 10-generation ancestries', async () => {
    fake.clearLog();
    const result = await findKinship(coldSource(), 'Q9682', 'Q80976');
    expect(
      result.relationships
        .filter(isByDescent)
        .slice(0, 2)
        .map((r) => r.name),
    ).toEqual(['second cousin once removed', 'third cousin']);
    const ids = askedIds(fake.log);
    expect(new Set(ids).size).toBe(ids.length);
    const bound = await ancestorsWithin(file, ['Q9682', 'Q80976'], 10);
    for (const id of ids) expect(bound.has(id as ItemId)).toBe(true);
    expect(ids.length).toBeLessThanOrEqual(bound.size);
    expect(waves(fake.log)).toBeLessThanOrEqual(10 + 1);
  });
});
