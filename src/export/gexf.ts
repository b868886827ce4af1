/**
 * GEXF 1.3 for Gephi, networkx and graphology: typed attributes, edge kinds
 * (father/mother/parent/spouse), colours by sex as r/g/b (seeds gold, highlights red-orange),
 * sizes by descendants, positions from the chosen layout so the file opens laid out. Valid
 * against the official GEXF 1.3 RELAX NG schema.
 *
 * Every edge is directed (`defaultedgetype="directed"`): a parent link points parent -> child;
 * a spouse link points from the lower Q-id to the higher and its `relation` (and `kind`) is
 * "spouse", the direction meaning nothing. networkx refuses a file that mixes undirected edges
 * into a directed graph, and a GEXF graph is one or the other (as in GraphML).
 *
 * Written by graphology-gexf up to GEXF_LIBRARY_LIMIT people, above that by the identical but
 * much faster gexf-writer.ts. Strings are cleaned of what XML 1.0 cannot carry first. With
 * `timeline`, the file is made dynamic (gexf-timeline.ts).
 */
import { statusNote } from './status.js';
import gexf from 'graphology-gexf';
import { Graph } from '../graph/graphology.js';
import type { ExportContext } from './context.js';
import { edgeRecord, nodeRecord, type NodeRecord } from './records.js';
import { EDGE_COLOR, HIGHLIGHT_COLOR, nodeColor, nodeSize, rgbOf } from './style.js';
import { stripIllegalXml, escapeXml } from './text.js';
import { addTimeline } from './gexf-timeline.js';
import { GEXF_OPENING, writeGexf, type GexfElement, type GexfValue } from './gexf-writer.js';

/** Up to this many people graphology-gexf writes the file (it needs ~3 s for 20,000). */
export const GEXF_LIBRARY_LIMIT = 10_000;

export function renderGexf(context: ExportContext, useLibrary = context.graph.order <= GEXF_LIBRARY_LIMIT): string {
  const meta = metaXml(context);
  let xml: string;
  if (useLibrary) {
    const byKey = new Map<string, GexfElement>(
      [...nodeElements(context), ...edgeElements(context)].map((e) => [e.key, e]),
    );
    const format = (key: string) => {
      const { label, kind, attributes, viz } = byKey.get(key)!;
      const color = viz.color ? `rgb(${rgbOf(viz.color).join(',')})` : undefined;
      return {
        ...(label !== undefined ? { label: stripIllegalXml(label) } : {}),
        ...(kind !== undefined ? { kind } : {}),
        attributes: clean(attributes),
        viz: { ...viz, color },
      };
    };
    const written = gexf.write(directedCopy(context), {
      version: '1.3',
      pretty: true,
      formatNode: format,
      formatEdge: format,
    });
    xml = written
      .replace(/<gexf\b[^>]*>/, () => GEXF_OPENING)
      .replace(/^ *<meta\b[^>]*?(?:\/>|>[\s\S]*?<\/meta>)/m, () => meta);
  } else {
    xml = writeGexf(
      meta,
      () => nodeElements(context),
      () => edgeElements(context),
    );
  }
  return context.timeline ? addTimeline(xml, context) : xml;
}

/** People as GEXF elements, in graph order, made one at a time. */
export function* nodeElements(context: ExportContext): Generator<GexfElement> {
  const { graph } = context;
  const positions = context.positions();
  for (const key of graph.nodes()) {
    const record: Partial<NodeRecord> = nodeRecord(context, key);
    const label = record.label;
    record.label = undefined; // the label is the element's own, not an attribute
    const at = positions.get(key) ?? { x: 0, y: 0 };
    const seed = record.seed === true;
    yield {
      key,
      ...(label !== undefined ? { label } : {}),
      attributes: record as Record<string, GexfValue>,
      viz: {
        color: nodeColor({ seed, sex: graph.getNodeAttribute(key, 'sex'), highlight: record.highlight === true }),
        size: nodeSize(record.descendants ?? 0, seed),
        x: at.x,
        y: at.y,
      },
    };
  }
}

/** Links as GEXF elements, in graph order, made one at a time. */
export function* edgeElements(context: ExportContext): Generator<GexfElement> {
  const { graph } = context;
  for (const key of graph.edges()) {
    const record = edgeRecord(context, key);
    yield {
      key,
      source: graph.source(key),
      target: graph.target(key),
      label: record.relation,
      kind: record.relation,
      attributes: record,
      viz: {
        color: record.highlight ? HIGHLIGHT_COLOR : EDGE_COLOR[graph.getEdgeAttribute(key, 'relation')],
        thickness: record.highlight ? 4 : 1,
      },
    };
  }
}

/**
 * The graph's nodes and edges (same keys, same order, no attributes: the formatters supply
 * them) with every edge directed, for graphology-gexf, which writes an undirected edge as such.
 */
function directedCopy(context: ExportContext): Graph {
  const { graph } = context;
  const copy = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.forEachNode((key) => copy.addNode(key));
  graph.forEachEdge((key, _attrs, source, target) => copy.addDirectedEdgeWithKey(key, source, target));
  return copy;
}

/** Drops unknown (null) values and cleans strings. */
function clean(record: Record<string, GexfValue | undefined>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const name in record) {
    const value = record[name];
    if (value === null || value === undefined) continue;
    out[name] = typeof value === 'string' ? stripIllegalXml(value) : value;
  }
  return out;
}

/**
 * The crawl metadata as GEXF meta (creator, description, keywords): graphology-gexf would turn
 * each graph attribute into an element of its own name, which the GEXF schema does not allow.
 */
function metaXml(context: ExportContext): string {
  const meta = context.graph.getAttributes();
  const seeds = meta.seeds ?? [];
  const date =
    typeof meta.crawledAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(meta.crawledAt)
      ? meta.crawledAt.slice(0, 10)
      : null;
  const description =
    `Family graph crawled from ${meta.endpoint ?? 'Wikidata'}: seeds ${seeds.join(', ')}, depth ${meta.depth ?? '?'}, ` +
    `direction ${meta.direction ?? 'both'}, relations ${(meta.relations ?? []).join(', ')}, crawled ${meta.crawledAt ?? '?'}` +
    (statusNote(context.graph) ? `; ${statusNote(context.graph)}` : '');
  return [
    `  <meta${date ? ` lastmodifieddate="${date}"` : ''}>`,
    `    <creator>${escapeXml(`wdkin ${meta.wdkinVersion ?? ''}`.trim())}</creator>`,
    `    <description>${escapeXml(description)}</description>`,
    `    <keywords>${escapeXml(['wikidata', 'genealogy', ...seeds].join(', '))}</keywords>`,
    '  </meta>',
  ].join('\n');
}
