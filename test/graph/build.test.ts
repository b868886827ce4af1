import { describe, expect, it } from '@jest/globals';
import { makeFamilyGraph, makePeople } from '../support/family.js';
import { buildFamilyGraph } from '../../src/graph/build.js';
import type { ItemId } from '../../src/ids.js';

describe('buildFamilyGraph', () => {
  it('makes one node per person and one edge per family link', () => {
    const graph = makeFamilyGraph(
      {
        Q1: { sex: 'male', spouses: ['Q2'] },
        Q2: { sex: 'female' },
        Q3: { father: 'Q1', mother: 'Q2', sex: 'female' },
      },
      ['Q3'],
    );
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttribute('Q1>Q3', 'relation')).toBe('father');
    expect(graph.getEdgeAttribute('Q2>Q3', 'relation')).toBe('mother');
    // P22 on the child and P40 on the parent are one link
    expect(graph.getEdgeAttribute('Q1>Q3', 'properties').sort()).toEqual(['P22', 'P40']);
    expect(graph.hasUndirectedEdge('Q1', 'Q2')).toBe(true);
    expect(graph.getNodeAttribute('Q3', 'seed')).toBe(true);
  });

  it('counts links to people outside the graph on the node', () => {
    const people = makePeople({ Q1: { sex: 'male' }, Q3: { father: 'Q1', mother: 'Q2' }, Q2: {} });
    const depths = new Map<ItemId, number>([
      ['Q3', 0],
      ['Q1', 1],
    ]);
    const { graph } = buildFamilyGraph(people, {
      depths,
      spouses: false,
      followed: { parents: true, children: true, spouses: false },
      meta: {
        seeds: ['Q3'],
        depth: 1,
        direction: 'both',
        relations: ['parent', 'child'],
        endpoint: 'x',
        languages: ['en'],
        crawledAt: '',
        wdkinVersion: '0',
      },
    });
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('Q3', 'unexplored')).toBe(1);
  });

  it('reports a parent cycle instead of looping', () => {
    const people = makePeople({ Q1: { father: 'Q2' }, Q2: { father: 'Q1' } });
    const depths = new Map<ItemId, number>([
      ['Q1', 0],
      ['Q2', 1],
    ]);
    const { graph, anomalies } = buildFamilyGraph(people, {
      depths,
      spouses: false,
      followed: { parents: true, children: true, spouses: false },
      meta: {
        seeds: ['Q1'],
        depth: 1,
        direction: 'both',
        relations: ['parent', 'child'],
        endpoint: 'x',
        languages: ['en'],
        crawledAt: '',
        wdkinVersion: '0',
      },
    });
    expect(graph.size).toBe(1);
    expect(anomalies.map((a) => a.kind)).toContain('ancestry-cycle');
  });
});
