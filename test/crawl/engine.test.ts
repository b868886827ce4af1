import { beforeAll, describe, expect, it } from '@jest/globals';
import { crawl } from '../../src/crawl/engine.js';
import { makeCrawlPlan } from '../../src/crawl/options.js';
import type { ItemId } from '../../src/ids.js';
import { createMapSource, openFileSource, type FileSource } from '../../src/wikidata/file-source.js';
import type { PeopleBatch, PersonSource } from '../../src/wikidata/person-source.js';
import { makePeople } from '../support/family.js';
import { ROYALS_NDJSON, tableBfs } from '../support/royals.js';
import { UsageError } from '../../src/errors.js';

const meta = { endpoint: 'test', languages: ['en'], crawledAt: '2026-01-01T00:00:00Z', wdkinVersion: 'test' };

/** Wraps a source to record every getPeople call (a recorder around a real source, not a mock). */
function recording(source: PersonSource): PersonSource & { calls: ItemId[][] } {
  const calls: ItemId[][] = [];
  return {
    description: source.description,
    calls,
    getPeople: (ids): Promise<PeopleBatch> => {
      calls.push([...ids]);
      return source.getPeople(ids);
    },
    stats: () => source.stats(),
  };
}

const sortedEntries = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('crawl over the european-royals snapshot', () => {
  let royals: FileSource;
  beforeAll(async () => {
    royals = await openFileSource(ROYALS_NDJSON, { languages: ['en', 'fr'] });
  });

  it('finds the same people at the same depths as an independent BFS over the flat table', async () => {
    const result = await crawl(royals, makeCrawlPlan({ seeds: ['Q9439'], depth: 3 }), { meta });
    const expected = tableBfs(['Q9439'], 3);
    expect(sortedEntries(result.depths)).toEqual(sortedEntries(expected));
    expect(result.graph.order).toBe(expected.size);
    expect(result.levels.reduce((a, b) => a + b, 0)).toBe(expected.size);
    expect(result.graph.getNodeAttribute('Q9439', 'label')).toBe('Queen Victoria');
  });

  it('asks for each person once, a whole level per call', async () => {
    const source = recording(royals);
    const result = await crawl(source, makeCrawlPlan({ seeds: ['Q9439', 'Q151305'], depth: 3 }), { meta });
    const asked = source.calls.flat();
    expect(new Set(asked).size).toBe(asked.length);
    expect(source.calls.length).toBe(result.levels.length);
    expect(sortedEntries(result.depths)).toEqual(sortedEntries(tableBfs(['Q9439', 'Q151305'], 3)));
  });

  it('follows only ancestors with --up and only descendants with --down', async () => {
    const up = await crawl(royals, makeCrawlPlan({ seeds: ['Q9682'], depth: 4, up: true }), { meta });
    expect(sortedEntries(up.depths)).toEqual(sortedEntries(tableBfs(['Q9682'], 4, { up: true })));
    expect(up.graph.hasNode('Q9439')).toBe(true); // Victoria is Elizabeth II's great-great-grandmother
    const down = await crawl(royals, makeCrawlPlan({ seeds: ['Q9439'], depth: 10, down: true }), { meta });
    expect(sortedEntries(down.depths)).toEqual(sortedEntries(tableBfs(['Q9439'], 10, { down: true })));
    expect(down.graph.order).toBe(519); // 518 descendants + Victoria herself (dataset README)
  });

  it('adds spouse links when asked', async () => {
    const result = await crawl(royals, makeCrawlPlan({ seeds: ['Q9682'], depth: 1, relations: ['spouse'] }), { meta });
    expect(result.graph.hasNode('Q80976')).toBe(true);
    expect(result.graph.getEdgeAttribute('Q9682~Q80976', 'relation')).toBe('spouse');
    expect(sortedEntries(result.depths)).toEqual(sortedEntries(tableBfs(['Q9682'], 1, { spouses: true })));
  });

  it('stops at a level boundary under --max-people and says so', async () => {
    const full = await crawl(royals, makeCrawlPlan({ seeds: ['Q9439'], depth: 3 }), { meta });
    const limit = full.levels[0]! + full.levels[1]! + full.levels[2]! + 1;
    const capped = await crawl(royals, makeCrawlPlan({ seeds: ['Q9439'], depth: 3, maxPeople: limit }), { meta });
    expect(capped.levels).toEqual(full.levels.slice(0, 3));
    expect(capped.graph.order).toBeLessThanOrEqual(limit);
    expect(capped.stoppedEarly).toMatch(/max-people/);
  });

  it('counts links beyond the depth on the boundary nodes', async () => {
    const result = await crawl(royals, makeCrawlPlan({ seeds: ['Q9439'], depth: 1 }), { meta });
    const boundary = result.graph.filterNodes((_, a) => a.depth === 1 && a.unexplored > 0);
    expect(boundary.length).toBeGreaterThan(0);
  });
});

describe('crawl on bad data', () => {
  it('terminates on an ancestry cycle and reports it', async () => {
    const people = makePeople({ Q1: { father: 'Q2' }, Q2: { father: 'Q3' }, Q3: { father: 'Q1' } });
    const result = await crawl(
      createMapSource(people, { description: 'cycle' }),
      makeCrawlPlan({ seeds: ['Q1'], depth: 50 }),
      { meta },
    );
    expect(result.graph.order).toBe(3);
    expect(result.levels).toEqual([1, 2]);
  });

  it('keeps three parents and reports them', async () => {
    const people = makePeople({
      Q1: { father: 'Q2', mother: 'Q3' },
      Q2: { sex: 'male' },
      Q3: { sex: 'female' },
      Q4: { sex: 'male' },
    });
    people.get('Q1')!.fathers.links.push({ target: 'Q4', statementId: 'Q1$x', rank: 'normal' });
    const result = await crawl(
      createMapSource(people, { description: 'x' }),
      makeCrawlPlan({ seeds: ['Q1'], depth: 1 }),
      { meta },
    );
    expect(result.graph.inDegree('Q1')).toBe(3);
    expect(result.anomalies.map((a) => a.kind)).toContain('several-fathers');
  });

  it('reports missing people and fails clearly when no seed exists', async () => {
    const people = makePeople({ Q1: { father: 'Q99' } });
    const result = await crawl(
      createMapSource(people, { description: 'x' }),
      makeCrawlPlan({ seeds: ['Q1'], depth: 2 }),
      { meta },
    );
    expect(result.missing).toEqual(['Q99']);
    await expect(
      crawl(createMapSource(people, { description: 'x' }), makeCrawlPlan({ seeds: ['Q5'], depth: 2 }), { meta }),
    ).rejects.toThrow(UsageError);
  });
});

describe('makeCrawlPlan', () => {
  it.each([
    [{ seeds: ['P22'] }],
    [{ seeds: ['Q0'] }],
    [{ seeds: ['Qabc'] }],
    [{ seeds: [] }],
    [{ seeds: ['Q1'], depth: -1 }],
    [{ seeds: ['Q1'], depth: 'x' }],
    [{ seeds: ['Q1'], depth: '1.5' }],
    [{ seeds: ['Q1'], relations: ['cousin'] }],
    [{ seeds: ['Q1'], maxPeople: 0 }],
    [{ seeds: ['Q1'], up: true, down: true }],
  ])('refuses %j with a usage error', (input) => {
    expect(() => makeCrawlPlan(input as never)).toThrow(UsageError);
  });

  it('accepts Wikidata URLs and removes duplicate seeds', () => {
    const plan = makeCrawlPlan({
      seeds: ['https://www.wikidata.org/wiki/Q9439', 'Q9439', 'http://www.wikidata.org/entity/Q42'],
      depth: '3',
    });
    expect(plan.seeds).toEqual(['Q9439', 'Q42']);
    expect(plan.depth).toBe(3);
  });
});
