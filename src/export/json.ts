/**
 * JSON: graphology's own serialisation (`graph.export()`), so any graphology program can
 * `Graph.from()` it, plus a top-level `wdkin` object with a format version and the crawl
 * metadata, so a saved crawl can be checked and re-exported later (see saved.ts).
 * Highlighted people and links get `highlight: true`.
 */
import type { ExportContext } from './context.js';

export const SAVED_FORMAT = 'wdkin-graph';
export const SAVED_FORMAT_VERSION = 1;
const PRETTY_LIMIT = 5000;

export function renderJson(context: ExportContext): string {
  const { graph, highlight } = context;
  const data = graph.export();
  for (const node of data.nodes) {
    if (highlight.nodes.has(node.key) && node.attributes) node.attributes = { ...node.attributes, highlight: true };
  }
  for (const edge of data.edges) {
    if (edge.key !== undefined && highlight.edges.has(edge.key) && edge.attributes)
      edge.attributes = { ...edge.attributes, highlight: true };
  }
  const meta = graph.getAttributes();
  const document = {
    wdkin: {
      format: SAVED_FORMAT,
      formatVersion: SAVED_FORMAT_VERSION,
      seeds: meta.seeds,
      depth: meta.depth,
      direction: meta.direction,
      relations: meta.relations,
      endpoint: meta.endpoint,
      languages: meta.languages,
      crawledAt: meta.crawledAt,
      wdkinVersion: meta.wdkinVersion,
      status: meta.status ?? 'complete',
      ...(meta.status === 'partial' ? { failed: meta.failed ?? 0 } : {}),
      people: graph.order,
      links: graph.size,
    },
    ...data,
  };
  // Indented for people to read, compact when large (indentation alone would double the size).
  return `${JSON.stringify(document, null, graph.order <= PRETTY_LIMIT ? 2 : undefined)}\n`;
}
