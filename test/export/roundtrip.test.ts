import { describe, expect, it } from '@jest/globals';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { Graph } from '../../src/graph/graphology.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { createExportContext, type ContextOptions } from '../../src/export/context.js';
import { edgeRecord, nodeRecord } from '../../src/export/records.js';
import { renderGexf } from '../../src/export/gexf.js';
import { renderGraphml } from '../../src/export/graphml.js';
import { renderJson } from '../../src/export/json.js';
import { parseSavedGraph } from '../../src/export/saved.js';
import { syntheticFamilyGraph } from '../../src/graph/synthetic.js';
import { royalFamily, smallFamily } from './fixtures.js';
import { parseXmlStrict } from './helpers.js';

function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
}

const FAMILIES: Array<[string, () => FamilyGraph]> = [
  ['small family', smallFamily],
  ['royal family', royalFamily],
];

describe.each(FAMILIES)('round trips of the %s', (_name, family) => {
  const options: ContextOptions = { highlight: ['Q1', 'Q5'] };

  it('GEXF read back by graphology-gexf has the same nodes, edges and attributes', () => {
    const graph = family();
    const context = createExportContext(graph, options);
    const xml = renderGexf(context);
    parseXmlStrict(xml);
    const back = gexf.parse(Graph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key) => {
      const { label, ...record } = nodeRecord(context, key);
      const parsed = back.getNodeAttributes(key);
      expect(parsed).toMatchObject({ label, ...withoutNulls(record) });
      expect(typeof parsed.x).toBe('number');
      expect(parsed.color).toMatch(/^rgb\(\d{1,3},\d{1,3},\d{1,3}\)$/);
    });
    graph.forEachEdge((key, attrs, source, target) => {
      expect(back.hasEdge(key)).toBe(true);
      // spouse links too come back directed, lower Q-id first, with relation "spouse"
      expect([back.source(key), back.target(key), back.isDirected(key)]).toEqual([source, target, true]);
      expect(back.getEdgeAttributes(key)).toMatchObject({
        ...withoutNulls(edgeRecord(context, key)),
        kind: attrs.relation,
      });
    });
  });

  it('GraphML read back by graphology-graphml has the same nodes, edges and attributes', () => {
    const graph = family();
    const context = createExportContext(graph, options);
    const xml = renderGraphml(context);
    parseXmlStrict(xml);
    const back = graphml.parse(Graph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const desc = parseXmlStrict(xml).getElementsByTagName('desc')[0]!.textContent!;
    expect(desc).toContain(`seeds: ${graph.getAttribute('seeds').join(' ')}`);
    graph.forEachNode((key) => {
      expect(back.getNodeAttributes(key)).toMatchObject(withoutNulls(nodeRecord(context, key)));
    });
    const edgeIds = back.edges();
    expect(edgeIds).toEqual(graph.edges().map((_e, i) => `e${i}`));
    graph.forEachEdge((key, _a, source, target) => {
      const id = edgeIds[graph.edges().indexOf(key)]!;
      expect([back.source(id), back.target(id), back.isDirected(id)]).toEqual([source, target, true]);
      expect(back.getEdgeAttributes(id)).toMatchObject(withoutNulls(edgeRecord(context, key)));
    });
  });

  it('JSON read back by readSavedGraph gives the same graph', () => {
    const graph = family();
    const back = parseSavedGraph(JSON.parse(renderJson(createExportContext(graph))));
    expect(back.export()).toEqual(graph.export());
  });

  it('the fast GEXF writer writes exactly what graphology-gexf writes', () => {
    for (const timeline of [false, true]) {
      const context = createExportContext(family(), { ...options, timeline });
      expect(renderGexf(context, false)).toBe(renderGexf(context, true));
    }
  });
});

describe('other readers', () => {
  it('the fast GEXF writer matches graphology-gexf on a 2,000-person synthetic family', () => {
    const context = createExportContext(syntheticFamilyGraph({ people: 2000, founders: 5 }), { timeline: true });
    expect(renderGexf(context, false)).toBe(renderGexf(context, true));
  });

  it('the dynamic GEXF gives each person a spell from birth to death and stays readable', () => {
    const graph = smallFamily();
    const xml = renderGexf(createExportContext(graph, { timeline: true }));
    const doc = parseXmlStrict(xml);
    const graphElement = doc.getElementsByTagName('graph')[0]!;
    expect(graphElement.getAttribute('mode')).toBe('dynamic');
    expect(graphElement.getAttribute('timeformat')).toBe('double');
    const nodes = Array.from(doc.getElementsByTagName('node'));
    const q1 = nodes.find((n) => n.getAttribute('id') === 'Q1')!;
    expect([q1.getAttribute('start'), q1.getAttribute('end')]).toEqual(['1900.0', '1970.0']);
    const q4 = nodes.find((n) => n.getAttribute('id') === 'Q4')!;
    expect([q4.getAttribute('start'), q4.hasAttribute('end')]).toEqual(['1925.0', false]);
    const marriage = Array.from(doc.getElementsByTagName('edge')).find((e) => e.getAttribute('id') === 'Q5~Q8')!;
    expect(marriage.getAttribute('start')).toBe('1958.0');
    expect(gexf.parse(Graph, xml).order).toBe(graph.order);
  });
});
