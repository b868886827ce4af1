/**
 * GraphML, hand-written (graphology has no writer): `<key>` declarations with attr.type for the
 * crawl metadata, every person and link attribute, and the drawing hints Gephi reads
 * (x, y, size, r, g, b). Readable by Gephi, yEd, networkx and graphology-graphml.
 *
 * Every edge is written under `edgedefault="directed"`, spouse links included (their direction,
 * lower Q-id to higher, means nothing; `relation` says "spouse"): networkx refuses a file that
 * mixes `directed="false"` edges into a directed graph.
 */
import type { ExportContext } from './context.js';
import { EDGE_FIELDS, NODE_FIELDS, edgeRecord, nodeRecord, type Scalar } from './records.js';
import { nodeColor, nodeSize } from './style.js';
import { escapeXml } from './text.js';

type KeyType = 'string' | 'int' | 'boolean' | 'double';

const GRAPH_FIELDS: ReadonlyArray<[string, KeyType]> = [
  ['seeds', 'string'],
  ['depth', 'int'],
  ['direction', 'string'],
  ['relations', 'string'],
  ['endpoint', 'string'],
  ['languages', 'string'],
  ['crawledAt', 'string'],
  ['wdkinVersion', 'string'],
];
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
  const graphKeys = declare(out, 'graph', GRAPH_FIELDS, 0);
  const nodeKeys = declare(out, 'node', [...NODE_FIELDS, ...VIZ_FIELDS], graphKeys.size);
  const edgeKeys = declare(out, 'edge', EDGE_FIELDS, graphKeys.size + nodeKeys.size);
  out.push('  <graph id="G" edgedefault="directed">');
  const meta = graph.getAttributes();
  for (const [name] of GRAPH_FIELDS) {
    const value = (meta as Record<string, unknown>)[name];
    const text = Array.isArray(value) ? value.join(' ') : value;
    if (typeof text === 'string' || typeof text === 'number')
      out.push(`    <data key="${graphKeys.get(name)!}">${escapeXml(String(text))}</data>`);
  }
  const positions = context.positions();
  graph.forEachNode((id, attrs) => {
    const record = nodeRecord(context, id);
    const at = positions.get(id) ?? { x: 0, y: 0 };
    const [r, g, b] = rgb(nodeColor({ seed: record.seed, sex: attrs.sex, highlight: record.highlight }));
    const viz: Record<string, Scalar> = { x: at.x, y: at.y, size: nodeSize(record.descendants, record.seed), r, g, b };
    out.push(`    <node id="${escapeXml(id)}">${data(nodeKeys, { ...record, ...viz })}</node>`);
  });
  graph.forEachEdge((edge, _attrs, source, target) => {
    const record = edgeRecord(context, edge);
    out.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(edgeKeys, record)}</edge>`,
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

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
