/**
 * Dynamic GEXF for Gephi's timeline. graphology-gexf writes static graphs only, so the written
 * file is post-processed: the graph element becomes `mode="dynamic" timeformat="double"`, each
 * person gets `start`/`end` from their birth and death years (open-ended when unknown), each
 * parent link starts at the child's birth and each marriage spans its start and end years.
 * Safe on the writer's output: ids are escaped, so `<node id="` only starts an element.
 */
import type { ExportContext } from './context.js';

export function addTimeline(xml: string, context: ExportContext): string {
  const { graph } = context;
  return xml
    .replace(/<graph\b/, '<graph mode="dynamic" timeformat="double" timerepresentation="interval"')
    .replace(/<node id="([^"]*)"/g, (whole, id: string) => {
      const key = unescapeAttr(id);
      if (!graph.hasNode(key)) return whole;
      const a = graph.getNodeAttributes(key);
      return whole + spell(a.birth?.year ?? null, a.death?.year ?? null);
    })
    .replace(/<edge id="([^"]*)"/g, (whole, id: string) => {
      const key = unescapeAttr(id);
      if (!graph.hasEdge(key)) return whole;
      const a = graph.getEdgeAttributes(key);
      if (a.relation === 'spouse') return whole + spell(a.start?.year ?? null, a.end?.year ?? null);
      const child = graph.target(key);
      return whole + spell(graph.getNodeAttribute(child, 'birth')?.year ?? null, null);
    });
}

function spell(start: number | null, end: number | null): string {
  const from = start === null ? '' : ` start="${start}.0"`;
  const to = end === null || (start !== null && end < start) ? '' : ` end="${end}.0"`;
  return from + to;
}

function unescapeAttr(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (entity, name: string) => {
    if (name === 'amp') return '&';
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'quot') return '"';
    if (name === 'apos') return "'";
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
  });
}
