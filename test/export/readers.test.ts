/**
 * Every GEXF and GraphML variant wdkin writes, opened with what people open them with: validated
 * against the official schemas (GEXF 1.3 RELAX NG, GraphML 1.1 XSD) by xmllint, read by networkx
 * (GEXF and GraphML) and igraph (GraphML) with all nodes, edges and attributes.
 */
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExportContext, type ContextOptions, type ExportContext } from '../../src/export/context.js';
import { edgeRecord, nodeRecord } from '../../src/export/records.js';
import { renderGexf } from '../../src/export/gexf.js';
import { renderGraphml } from '../../src/export/graphml.js';
import { nodeColor, rgbOf } from '../../src/export/style.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { makeTempDir } from '../support/tmp.js';
import {
  GEXF_SCHEMA,
  GRAPHML_SCHEMA,
  IGRAPH,
  IGRAPH_DUMP,
  itWith,
  NETWORKX,
  NETWORKX_DUMP,
  runPython,
  XMLLINT,
  xmllint,
  type NetworkxDump,
} from './external.js';
import { smallFamily } from './fixtures.js';
import { royalsCrawl } from './royals-crawl.js';

/** The variants; `highlight` is replaced by two people of the family at hand. */
const GEXF_VARIANTS: Array<[string, ContextOptions]> = [
  ['plain, with --highlight', { highlight: [] }],
  ['--timeline', { timeline: true }],
  ['--layout forceatlas2', { layout: 'forceatlas2' }],
];

const tmp = makeTempDir('wdkin-readers-');
afterAll(() => tmp.cleanup());
let royals: FamilyGraph;
beforeAll(async () => {
  royals = await royalsCrawl(['Q9439'], 3, { spouses: true }); // Queen Victoria, with spouse links
}, 120_000);

function write(name: string, text: string): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
}

function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
}

function networkx(path: string): NetworkxDump {
  const run = runPython('networkx', NETWORKX_DUMP, [path]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as NetworkxDump;
}

/** networkx has every node, edge and attribute, spouse links as directed `relation=spouse` edges. */
function expectAllRead(dump: NetworkxDump, context: ExportContext, format: 'gexf' | 'graphml'): void {
  const { graph } = context;
  expect(dump.directed).toBe(true);
  expect(Object.keys(dump.nodes).sort()).toEqual(graph.nodes().sort());
  graph.forEachNode((key, attrs) => {
    const record = withoutNulls(nodeRecord(context, key));
    const read = dump.nodes[key]!;
    expect(read).toMatchObject(record);
    if (format === 'gexf') {
      const [r, g, b] = rgbOf(nodeColor({ seed: attrs.seed, sex: attrs.sex, highlight: record.highlight === true }));
      expect(read.viz).toMatchObject({ color: { r, g, b } });
      if (context.timeline && attrs.birth) expect(read.start).toBe(attrs.birth.year);
    }
  });
  expect(dump.edges).toHaveLength(graph.size);
  const byPair = new Map(dump.edges.map(([s, t, data]) => [`${s} ${t} ${String(data.relation)}`, data]));
  graph.forEachEdge((key, attrs, source, target) => {
    const read = byPair.get(`${source} ${target} ${attrs.relation}`);
    expect(read).toBeDefined();
    expect(read).toMatchObject(withoutNulls(edgeRecord(context, key)));
    if (format === 'gexf') expect(read!.id).toBe(key);
  });
}

const FAMILIES: Array<[string, number, string[]]> = [
  ['the small family (markup label, adoption, second marriage)', 0, ['Q1', 'Q5']],
  ["Queen Victoria's family (bundled data, depth 3, spouse links)", 1, ['Q9439', 'Q152245']],
];

describe.each(FAMILIES)('GEXF and GraphML of %s', (_name, which, highlight) => {
  const family = (): FamilyGraph => (which === 0 ? smallFamily() : royals);
  const withPeople = (options: ContextOptions): ContextOptions =>
    options.highlight ? { ...options, highlight } : options;

  for (const [variant, options] of GEXF_VARIANTS) {
    itWith([XMLLINT], `GEXF ${variant} is valid against the GEXF 1.3 RELAX NG schema`, () => {
      const path = write(
        `f${which}-${variant.replace(/\W/g, '')}.gexf`,
        renderGexf(createExportContext(family(), withPeople(options))),
      );
      const run = xmllint(path, GEXF_SCHEMA);
      expect(run.stderr.trim()).toMatch(/ validates$/);
      expect(run.status).toBe(0);
    });

    itWith([NETWORKX], `networkx read_gexf reads GEXF ${variant} with all nodes, edges and attributes`, () => {
      const context = createExportContext(family(), withPeople(options));
      const xml = renderGexf(context);
      expect(xml).not.toMatch(/<viz:color[^>]* (?:hex|a)=/);
      expect(xml).not.toContain('type="undirected"');
      expectAllRead(networkx(write(`nx${which}-${variant.replace(/\W/g, '')}.gexf`, xml)), context, 'gexf');
    });
  }

  itWith([XMLLINT], 'GraphML is valid against the GraphML 1.1 XSD', () => {
    const path = write(`f${which}.graphml`, renderGraphml(createExportContext(family(), { highlight })));
    const run = xmllint(path, GRAPHML_SCHEMA);
    expect(run.stderr.trim()).toMatch(/ validates$/);
    expect(run.status).toBe(0);
  });

  itWith([NETWORKX], 'networkx read_graphml reads the GraphML with all nodes, edges and attributes', () => {
    const context = createExportContext(family(), { highlight });
    expectAllRead(networkx(write(`nx${which}.graphml`, renderGraphml(context))), context, 'graphml');
  });

  itWith([IGRAPH], 'igraph Read_GraphML reads the GraphML with all people, links and attributes', () => {
    const graph = family();
    const run = runPython('igraph', IGRAPH_DUMP, [
      write(`ig${which}.graphml`, renderGraphml(createExportContext(graph))),
    ]);
    expect(run.stderr).toBe('');
    const dump = JSON.parse(run.stdout) as {
      directed: boolean;
      vertices: number;
      edges: number;
      vertexAttributes: string[];
      edgeAttributes: string[];
      qids: string[];
      labels: string[];
      relations: string[];
      pairs: Array<[string, string]>;
    };
    expect([dump.directed, dump.vertices, dump.edges]).toEqual([true, graph.order, graph.size]);
    expect(dump.vertexAttributes).toEqual(
      expect.arrayContaining(['label', 'qid', 'sex', 'birthYear', 'generation', 'x', 'y', 'r', 'g', 'b']),
    );
    expect(dump.edgeAttributes).toEqual(expect.arrayContaining(['relation', 'statementIds', 'rank', 'nonBirth']));
    expect(dump.qids).toEqual(graph.nodes());
    expect(dump.labels).toEqual(graph.nodes().map((k) => graph.getNodeAttribute(k, 'label')));
    const pairs = new Set(dump.pairs.map(([s, t], i) => `${s} ${t} ${dump.relations[i]}`));
    graph.forEachEdge((_key, attrs, source, target) =>
      expect(pairs.has(`${source} ${target} ${attrs.relation}`)).toBe(true),
    );
  });
});
