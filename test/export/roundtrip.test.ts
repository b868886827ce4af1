import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { makeTempDir } from '../support/tmp.js';
import { join } from 'node:path';
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
      expect(parsed.color).toMatch(/^#[0-9a-f]{6}$/);
    });
    graph.forEachEdge((key, _a, source, target, _s, _t, undirected) => {
      expect(back.hasEdge(key)).toBe(true);
      expect([back.source(key), back.target(key), back.isUndirected(key)]).toEqual([source, target, undirected]);
      expect(back.getEdgeAttributes(key)).toMatchObject(withoutNulls(edgeRecord(context, key)));
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
    expect(back.getAttribute('seeds')).toBe(graph.getAttribute('seeds').join(' '));
    graph.forEachNode((key) => {
      expect(back.getNodeAttributes(key)).toMatchObject(withoutNulls(nodeRecord(context, key)));
    });
    graph.forEachEdge((key, _a, source, target) => {
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
      expect(back.getEdgeAttributes(key)).toMatchObject(withoutNulls(edgeRecord(context, key)));
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

  const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  (python.status === 0 ? it : it.skip)('networkx reads the GraphML (skipped without python3 + networkx)', () => {
    const tmp = makeTempDir('wdkin-graphml-');
    const path = join(tmp.dir, 'family.graphml');
    const graph = smallFamily();
    writeFileSync(path, renderGraphml(createExportContext(graph)));
    const script =
      'import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges(), g.nodes["Q6"]["label"] == sys.argv[2], g.nodes["Q1"]["birthYear"])';
    const run = spawnSync('python3', ['-c', script, path, graph.getNodeAttribute('Q6', 'label')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    tmp.cleanup();
    expect(run.stdout.trim()).toBe(`${graph.order} ${graph.size} True 1900`);
  });
});
