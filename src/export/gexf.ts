/**
 * GEXF 1.3 for Gephi: typed attributes, edge kinds (father/mother/parent/spouse), colours by
 * sex (seeds gold, highlights red-orange), sizes by descendants, positions from the chosen
 * layout so the file opens laid out. Written by graphology-gexf up to GEXF_LIBRARY_LIMIT
 * people, above that by the identical but much faster gexf-writer.ts. Strings are cleaned of
 * what XML 1.0 cannot carry first. With `timeline`, the file is made dynamic (gexf-timeline.ts).
 */
import gexf from 'graphology-gexf';
import type { ExportContext } from './context.js';
import { edgeRecord, nodeRecord, type NodeRecord } from './records.js';
import { EDGE_COLOR, HIGHLIGHT_COLOR, nodeColor, nodeSize } from './style.js';
import { stripIllegalXml, escapeXml } from './text.js';
import { addTimeline } from './gexf-timeline.js';
import { writeGexf, type GexfElement, type GexfValue } from './gexf-writer.js';

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
      return {
        ...(label !== undefined ? { label: stripIllegalXml(label) } : {}),
        ...(kind !== undefined ? { kind } : {}),
        attributes: clean(attributes),
        viz,
      };
    };
    const written = gexf.write(context.graph, { version: '1.3', pretty: true, formatNode: format, formatEdge: format });
    xml = written.replace(/^ *<meta\b[^>]*?(?:\/>|>[\s\S]*?<\/meta>)/m, () => meta);
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
      undirected: graph.isUndirected(key),
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
    `direction ${meta.direction ?? 'both'}, relations ${(meta.relations ?? []).join(', ')}, crawled ${meta.crawledAt ?? '?'}`;
  return [
    `  <meta${date ? ` lastmodifieddate="${date}"` : ''}>`,
    `    <creator>${escapeXml(`wdkin ${meta.wdkinVersion ?? ''}`.trim())}</creator>`,
    `    <description>${escapeXml(description)}</description>`,
    `    <keywords>${escapeXml(['wikidata', 'genealogy', ...seeds].join(', '))}</keywords>`,
    '  </meta>',
  ].join('\n');
}
