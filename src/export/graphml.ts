/**
 * GraphML 1.1, hand-written (graphology has no writer), valid against the GraphML 1.1 XSD:
 * `<key>` declarations with attr.type for every person and link attribute and the drawing hints
 * Gephi reads (x, y, size, r, g, b). Readable by Gephi, yEd, networkx, igraph and
 * graphology-graphml.
 *
 * - Ids are `xs:NMTOKEN`s: people keep their Q-id, links are numbered `e0`, `e1`... (a wdkin
 *   edge key such as `Q1>Q2` is not an NMTOKEN).
 * - The crawl metadata (seeds, depth, endpoint...) is the graph's `<desc>`, one `name: value`
 *   per line: Gephi logs a severe issue for every graph-level `<key>`, and the other readers
 *   keep nothing useful from one either.
 * - Every edge is written under `edgedefault="directed"`, spouse links included (their
 *   direction, lower Q-id to higher, means nothing; `relation` says "spouse"): networkx refuses
 *   a file that mixes `directed="false"` edges into a directed graph.
 */
import { statusNote } from './status.js';
import type { ExportContext } from './context.js';
import { EDGE_FIELDS, NODE_FIELDS, edgeRecord, nodeRecord, type Scalar } from './records.js';
import { nodeColor, nodeSize, rgbOf } from './style.js';
import { escapeXml } from './text.js';

type KeyType = 'string' | 'int' | 'boolean' | 'double';

const GRAPH_FIELDS = [
  'seeds',
  'depth',
  'direction',
  'relations',
  'endpoint',
  'languages',
  'crawledAt',
  'wdkinVersion',
] as const;
const VIZ_FIELDS: ReadonlyArray<[string, KeyType]> = [
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
];

export function renderGraphml(context: ExportContext): string {
  const { graph } = context;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const nodeKeys = declare(out, 'node', [...NODE_FIELDS, ...VIZ_FIELDS], 0);
  const edgeKeys = declare(out, 'edge', EDGE_FIELDS, nodeKeys.size);
  out.push('  <graph id="G" edgedefault="directed">', `    <desc>${escapeXml(graphDescription(context))}</desc>`);
  const positions = context.positions();
  const ids = nodeIds(graph.nodes());
  graph.forEachNode((id, attrs) => {
    const record = nodeRecord(context, id);
    const at = positions.get(id) ?? { x: 0, y: 0 };
    const [r, g, b] = rgbOf(nodeColor({ seed: record.seed, sex: attrs.sex, highlight: record.highlight }));
    const viz: Record<string, Scalar> = { x: at.x, y: at.y, size: nodeSize(record.descendants, record.seed), r, g, b };
    out.push(`    <node id="${ids.get(id)!}">${data(nodeKeys, { ...record, ...viz })}</node>`);
  });
  let next = 0;
  graph.forEachEdge((edge, _attrs, source, target) => {
    const record = edgeRecord(context, edge);
    out.push(
      `    <edge id="e${next++}" source="${ids.get(source)!}" target="${ids.get(target)!}">${data(edgeKeys, record)}</edge>`,
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** Declares keys `d<n>` (short ids keep large files small); returns attribute name -> key id. */
function declare(
  out: string[],
  domain: string,
  fields: ReadonlyArray<readonly [string, KeyType]>,
  first: number,
): Map<string, string> {
  const ids = new Map<string, string>();
  fields.forEach(([name, type], i) => {
    ids.set(name, `d${first + i}`);
    out.push(`  <key id="d${first + i}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`);
  });
  return ids;
}

function data(keys: ReadonlyMap<string, string>, record: Record<string, Scalar>): string {
  let text = '';
  for (const name in record) {
    const value = record[name];
    if (value === null || value === undefined) continue;
    text += `<data key="${keys.get(name)!}">${typeof value === 'string' ? escapeXml(value) : String(value)}</data>`;
  }
  return text;
}

/** Node ids: the key when it is an `xs:NMTOKEN` (a Q-id always is), else `n<index>`. */
function nodeIds(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((key, i) => [key, /^[A-Za-z0-9._:-]+$/.test(key) ? key : `n${i}`]));
}

/** The crawl metadata, one `name: value` line each, then how edges are to be read. */
function graphDescription(context: ExportContext): string {
  const meta = context.graph.getAttributes() as Partial<Record<(typeof GRAPH_FIELDS)[number], unknown>>;
  const lines = ['wdkin family graph'];
  const status = statusNote(context.graph);
  if (status) lines.push(status);
  for (const name of GRAPH_FIELDS) {
    const value = meta[name];
    const text = Array.isArray(value) ? value.join(' ') : value;
    if (typeof text === 'string' || typeof text === 'number') lines.push(`${name}: ${text}`);
  }
  lines.push(
    `people: ${context.graph.order}`,
    `links: ${context.graph.size}`,
    'edges: parent -> child; relation=spouse links point from the lower Q-id to the higher (no meaning)',
  );
  return lines.join('\n');
}
