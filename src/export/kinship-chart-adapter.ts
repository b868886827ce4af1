/**
 * From a kinship answer (`relate()` / `findKinship()`) to the relationships the chart draws:
 * the relationships by descent (blood, adoptive, other non-birth), closest first as the answer
 * lists them, up to `max`, each titled with its name and the common ancestors. Spouse and
 * in-law relationships have no common ancestor line to draw and are left out.
 */
import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import type { Relationship } from '../kinship/types.js';
import { extname } from 'node:path';
import { renderKinshipChartDot, renderKinshipChartSvg, shortName, type ChartRelationship } from './kinship-chart.js';

import { DEFAULT_CHART_MAX } from './chart-limits.js';

export { DEFAULT_CHART_MAX };

/** What the adapter reads of a kinship answer (today's `KinshipResult` has it). */
export interface ChartSource {
  a: ItemId;
  b: ItemId;
  relationships: readonly Relationship[];
}

const BY_DESCENT = new Set(['blood', 'adoptive', 'non-birth']);

export function chartRelationships(
  graph: FamilyGraph,
  source: ChartSource,
  max = DEFAULT_CHART_MAX,
): ChartRelationship[] {
  return source.relationships
    .filter((r) => BY_DESCENT.has(r.kind) && r.commonAncestors.length > 0)
    .slice(0, max)
    .map((r) => ({
      title: relationshipTitle(graph, source, r),
      subtitle: subtitle(graph, source, r),
      commonAncestors: [...r.commonAncestors],
      // one line per side: the first (closest) of each; the title says how many lines there are
      pathA: [...(r.paths.a[0] ?? [])],
      pathB: [...(r.paths.b[0] ?? [])],
    }));
}

/**
 * "Third cousins through Albert & Queen Victoria", "Half-siblings through ...", or, for a
 * relationship that reads one way only, "Prince Philip is Queen Victoria's 2nd-great-grandson
 * through ...".
 */
export function relationshipTitle(graph: FamilyGraph, source: ChartSource, r: Relationship): string {
  const lineA = r.paths.a[0] ?? [];
  const ancestors = [...r.commonAncestors].sort((x, y) => (lineA.includes(y) ? 1 : 0) - (lineA.includes(x) ? 1 : 0));
  const through = ancestors.some((id) => id === source.a || id === source.b)
    ? ''
    : ` through ${ancestors.map((id) => shortName(graph, id)).join(' & ')}`;
  const kind = r.kind === 'blood' ? '' : ` (${r.kind === 'adoptive' ? 'adoptive' : 'not by birth'})`;
  const symmetric = /\bcousin\b|^(?:half-)?sibling$/.test(r.neutralName);
  const name = symmetric
    ? capitalize(r.neutralName.replace(/\b(cousin|sibling)\b/, '$1s'))
    : `${shortName(graph, source.b)} is ${shortName(graph, source.a)}'s ${r.name}`;
  const lines = r.lines > 1 ? ` (${r.lines} lines)` : '';
  return `${name}${kind}${through}${lines}`;
}

/** How far each line runs: "4 generations down to Elizabeth II, 3 to Prince Philip". */
function subtitle(graph: FamilyGraph, source: ChartSource, r: Relationship): string {
  const [a, b] = [shortName(graph, source.a), shortName(graph, source.b)];
  if (r.generationsA === 0) return `${generations(r.generationsB)} from ${a} down to ${b}`;
  if (r.generationsB === 0) return `${generations(r.generationsA)} from ${b} down to ${a}`;
  return `${generations(r.generationsA)} down to ${a}, ${generations(r.generationsB)} to ${b}`;
}

function generations(n: number): string {
  return `${n} generation${n === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface KinshipChartOptions {
  format: 'svg' | 'dot';
  /** Relationships drawn at most (default 3). */
  max?: number;
}

/** The chart of a kinship answer as SVG or DOT text: what `wdkin kinship A B --out x.svg` writes. */
export async function renderKinshipChart(
  graph: FamilyGraph,
  source: ChartSource,
  options: KinshipChartOptions,
): Promise<string> {
  const input = { graph, a: source.a, b: source.b, relationships: chartRelationships(graph, source, options.max) };
  return options.format === 'svg' ? renderKinshipChartSvg(input) : renderKinshipChartDot(input);
}

/** The chart format an output path asks for (.svg, .dot, .gv), or null for any other format. */
export function kinshipChartFormat(path: string): 'svg' | 'dot' | null {
  const extension = extname(path).toLowerCase();
  return extension === '.svg' ? 'svg' : extension === '.dot' || extension === '.gv' ? 'dot' : null;
}
