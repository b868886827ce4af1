import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeGenerations, layerGenerations } from '../../src/graph/generations.js';
import { Graph } from '../../src/graph/graphology.js';
import type {
  FamilyEdgeAttributes,
  FamilyGraph,
  FamilyGraphAttributes,
  PersonAttributes,
} from '../../src/graph/types.js';
import type { ItemId } from '../../src/ids.js';
import { makeFamilyGraph } from '../support/family.js';

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

  it('terminates on a long parent cycle (bad data) and reports the edge it ignored', () => {
    const graph = makeFamilyGraph(
      { Q1: { father: 'Q3' }, Q2: { father: 'Q1' }, Q3: { father: 'Q2' }, Q4: { father: 'Q3' } },
      ['Q1' as ItemId],
    );
    const { generation, ignoredEdges } = layerGenerations(graph);
    expect(generation.size).toBe(4);
    expect(ignoredEdges).toHaveLength(1);
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
          const { generation, ignoredEdges } = layerGenerations(graph);
          const ignored = new Set(ignoredEdges);
          expect(generation.size).toBe(n);
          expect(generation.get('Q1')).toBe(0);
          graph.forEachDirectedEdge((edge, _a, parent, child) => {
            if (!ignored.has(edge)) expect(generation.get(child)!).toBeGreaterThan(generation.get(parent)!);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
