import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeGenerations, layerGenerations, type Generations } from '../../src/graph/generations.js';
import { generationAnomalies } from '../../src/graph/generation-anomalies.js';
import { Graph } from '../../src/graph/graphology.js';
import type {
  FamilyEdgeAttributes,
  FamilyGraph,
  FamilyGraphAttributes,
  PersonAttributes,
} from '../../src/graph/types.js';
import type { ItemId } from '../../src/ids.js';
import { makeFamilyGraph, type PersonSpec } from '../support/family.js';
import { royalsCrawl } from '../export/royals-crawl.js';

/**
 * The generation property: every (non-ignored) parent link points down, every parent sits
 * exactly one row above their highest child, and `stretched` lists exactly the links that
 * span more than one row.
 */
function expectGenerationProperty(graph: FamilyGraph, result: Generations): void {
  const { generation } = result;
  const ignored = new Set(result.ignoredEdges);
  const highest = new Map<string, number>();
  const stretched: string[] = [];
  graph.forEachDirectedEdge((edge, _a, parent, child) => {
    if (ignored.has(edge)) return;
    const span = generation.get(child)! - generation.get(parent)!;
    expect(span).toBeGreaterThanOrEqual(1);
    if (span > 1) stretched.push(edge);
    highest.set(parent, Math.min(highest.get(parent) ?? Infinity, generation.get(child)!));
  });
  for (const [parent, row] of highest) expect([parent, row - generation.get(parent)!]).toEqual([parent, 1]);
  expect(result.stretched.map((s) => s.edge).sort()).toEqual(stretched.sort());
}

describe('computeGenerations', () => {
  it('puts the seed on row 0, parents one above, children one below', () => {
    const graph = makeFamilyGraph(
      {
        Q1: { sex: 'male', spouses: ['Q2'] },
        Q2: { sex: 'female' },
        Q3: { father: 'Q1', mother: 'Q2' },
        Q4: { father: 'Q3' },
        Q5: { father: 'Q4' },
      },
      ['Q3' as ItemId],
    );
    expect(Object.fromEntries(computeGenerations(graph))).toEqual({ Q1: -1, Q2: -1, Q3: 0, Q4: 1, Q5: 2 });
  });

  it("keeps someone who married in (no parents in the graph) on their spouse's row", () => {
    const graph = makeFamilyGraph(
      {
        Q1: { sex: 'male' },
        Q2: { father: 'Q1', sex: 'male', spouses: ['Q3'] },
        Q3: { sex: 'female' },
        Q4: { father: 'Q2', mother: 'Q3' },
        Q5: { father: 'Q1', spouses: ['Q6'] },
        Q6: {},
      },
      ['Q1' as ItemId],
    );
    const gen = computeGenerations(graph);
    expect([gen.get('Q2'), gen.get('Q3'), gen.get('Q4'), gen.get('Q5'), gen.get('Q6')]).toEqual([1, 1, 2, 1, 1]);
  });

  it('places a child of cousins (pedigree collapse) and of a cross-generation couple below both parents', () => {
    const graph = makeFamilyGraph(
      {
        Q1: { sex: 'male' },
        Q2: { father: 'Q1' },
        Q3: { father: 'Q1' },
        Q4: { father: 'Q2', sex: 'male' },
        Q5: { father: 'Q3', sex: 'female' },
        Q6: { father: 'Q5', sex: 'female' },
        Q7: { father: 'Q4', mother: 'Q5' },
        Q8: { father: 'Q2', mother: 'Q6' },
      },
      ['Q1' as ItemId],
    );
    const gen = computeGenerations(graph);
    graph.forEachDirectedEdge((_e, _a, parent, child) => expect(gen.get(child)!).toBeGreaterThan(gen.get(parent)!));
    expect(gen.get('Q7')).toBe(3);
  });

  it("moves a half-sibling's family down with their mother, so that she sits just above every child", () => {
    // Q1 and Q2 are Q3's parents. Q3 has a child Q5 by Q4 (whose line Q10 > Q11 > Q4 is long) and
    // a child Q6 by Q7; Q6 has a child Q8 by Q9. Longest-path layering leaves Q6's family high
    // and Q3 two rows above Q5; the rows should put Q5 and Q6 side by side.
    const graph = makeFamilyGraph(
      {
        Q1: { sex: 'male' },
        Q2: { sex: 'female' },
        Q3: { sex: 'female', father: 'Q1', mother: 'Q2' },
        Q10: { sex: 'male' },
        Q11: { sex: 'male', father: 'Q10' },
        Q4: { sex: 'male', father: 'Q11' },
        Q5: { father: 'Q4', mother: 'Q3' },
        Q7: { sex: 'male' },
        Q6: { sex: 'male', father: 'Q7', mother: 'Q3' },
        Q9: { sex: 'female' },
        Q8: { father: 'Q6', mother: 'Q9' },
        Q12: { father: 'Q5' },
      },
      ['Q3' as ItemId],
    );
    const result = layerGenerations(graph);
    const gen = result.generation;
    expect(gen.get('Q5')).toBe(gen.get('Q6'));
    expect(gen.get('Q5')! - gen.get('Q3')!).toBe(1);
    expect(gen.get('Q3')! - gen.get('Q1')!).toBe(1);
    expect(gen.get('Q4')).toBe(gen.get('Q3'));
    expect(result.stretched).toEqual([]);
    expectGenerationProperty(graph, result);
  });

  it('reports what the data forces: a child of an uncle and his niece hangs two rows below him', () => {
    const graph = makeFamilyGraph(
      {
        Q1: { sex: 'male' },
        Q2: { sex: 'male', father: 'Q1' }, // the uncle
        Q3: { sex: 'male', father: 'Q1' },
        Q4: { sex: 'female', father: 'Q3' }, // his niece
        Q5: { father: 'Q2', mother: 'Q4' },
      },
      ['Q1' as ItemId],
    );
    const result = layerGenerations(graph);
    expect(result.generation.get('Q2')).toBe(result.generation.get('Q4')); // the couple on one row
    expect(result.stretched).toEqual([{ edge: 'Q1>Q2', parent: 'Q1', child: 'Q2', rows: 2 }]);
    expectGenerationProperty(graph, result);
    expect(generationAnomalies(graph, result)).toEqual([
      {
        kind: 'generation-conflict',
        id: 'Q2',
        detail: expect.stringContaining('Person Q2 (Q2) is drawn 2 rows below their parent Person Q1 (Q1)'),
      },
    ]);
  });

  it('terminates on a long parent cycle (bad data) and reports the edge it ignored', () => {
    const graph = makeFamilyGraph(
      { Q1: { father: 'Q3' }, Q2: { father: 'Q1' }, Q3: { father: 'Q2' }, Q4: { father: 'Q3' } },
      ['Q1' as ItemId],
    );
    const result = layerGenerations(graph);
    expect(result.generation.size).toBe(4);
    expect(result.ignoredEdges).toHaveLength(1);
    expect(generationAnomalies(graph, result).map((a) => a.kind)).toContain('ancestry-cycle');
  });

  it('keeps every non-ignored parent above its child on random graphs, cycles included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39), fc.boolean()), { maxLength: 120 }),
        (n, links) => {
          const graph: FamilyGraph = new Graph<PersonAttributes, FamilyEdgeAttributes, FamilyGraphAttributes>({
            type: 'mixed',
          });
          for (let i = 1; i <= n; i++)
            graph.addNode(`Q${i}`, {
              qid: `Q${i}` as ItemId,
              label: '',
              labelLanguage: null,
              description: null,
              sex: 'unknown',
              birth: null,
              death: null,
              depth: i % 3,
              seed: i === 1,
              unexplored: 0,
              unknownParents: 0,
            });
          graph.setAttribute('seeds', ['Q1' as ItemId]);
          for (const [a, b, spouse] of links) {
            const [s, t] = [`Q${(a % n) + 1}`, `Q${(b % n) + 1}`];
            if (s === t || graph.hasEdge(s, t) || graph.hasEdge(t, s)) continue;
            const attrs = {
              relation: spouse ? 'spouse' : 'parent',
              statementIds: [],
              rank: 'normal',
              properties: [],
              kinshipType: [],
              nonBirth: false,
              start: null,
              end: null,
            } as FamilyEdgeAttributes;
            if (spouse) graph.addUndirectedEdge(s, t, attrs);
            else graph.addDirectedEdgeWithKey(`${s}>${t}`, s, t, attrs);
          }
          const result = layerGenerations(graph);
          expect(result.generation.size).toBe(n);
          expect(result.generation.get('Q1')).toBe(0);
          expectGenerationProperty(graph, result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds the property on random families: parents, children, half-siblings, remarriages, cousins marrying', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.nat(1000), fc.boolean(), fc.integer({ min: 0, max: 9 })), {
          minLength: 1,
          maxLength: 60,
        }),
        (people) => {
          // Person i (born in order) may have a father and a mother among the people before them.
          const specs: Record<string, PersonSpec> = {};
          people.forEach(([f, m, male, parents], i) => {
            const spec: PersonSpec = { sex: male ? 'male' : 'female', born: 1500 + i };
            const earlier = (x: number, sex: 'male' | 'female') => {
              const candidates = Object.keys(specs).filter((k) => specs[k]!.sex === sex);
              return candidates.length > 0 ? (candidates[x % candidates.length] as ItemId) : undefined;
            };
            if (parents >= 3) spec.father = earlier(f, 'male');
            if (parents >= 5) spec.mother = earlier(m, 'female');
            if (parents === 9) spec.spouses = [earlier(f + m, male ? 'female' : 'male')!].filter(Boolean);
            specs[`Q${i + 1}`] = spec;
          });
          const graph = makeFamilyGraph(specs, ['Q1' as ItemId]);
          const result = layerGenerations(graph);
          expect(result.ignoredEdges).toEqual([]);
          expect(result.optimal).toBe(true);
          expect(result.generation.get('Q1')).toBe(0);
          expectGenerationProperty(graph, result);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('generations of crawls of the bundled data', () => {
  const crawls: Array<[string, string[], number, { up?: boolean; spouses?: boolean }]> = [
    ['Queen Victoria, depth 3', ['Q9439'], 3, {}],
    ['Queen Victoria, depth 6, spouse links', ['Q9439'], 6, { spouses: true }],
    ["Elizabeth II's ancestors, depth 8", ['Q9682'], 8, { up: true }],
    ['Christian IX and Queen Victoria, depth 4', ['Q151305', 'Q9439'], 4, {}],
  ];
  it.each(crawls)('%s: the generation property holds', async (_name, seeds, depth, options) => {
    const graph = await royalsCrawl(seeds, depth, options);
    const result = layerGenerations(graph);
    expect(result.optimal).toBe(true);
    expectGenerationProperty(graph, result);
    // what is left stretched spans two rows at most, for a handful of links
    for (const link of result.stretched) expect(link.rows).toBe(2);
    expect(result.stretched.length).toBeLessThanOrEqual(Math.ceil(graph.size * 0.03));
  });

  it("puts Queen Victoria's mother one row above her, and the Queen Mother one row above Elizabeth II", async () => {
    const victoria = layerGenerations(await royalsCrawl(['Q9439'], 3)).generation;
    expect(victoria.get('Q9439')).toBe(0);
    expect(victoria.get('Q58067')).toBe(-1); // Princess Victoria of Saxe-Coburg-Saalfeld
    expect(victoria.get('Q157009')).toBe(-1); // Prince Edward, Duke of Kent
    const elizabeth = layerGenerations(await royalsCrawl(['Q9682'], 6)).generation;
    expect(elizabeth.get('Q9682')).toBe(0);
    expect(elizabeth.get('Q10633')).toBe(-1); // Queen Elizabeth The Queen Mother
    expect(elizabeth.get('Q280856')).toBe(-1); // George VI
  });
});
