/**
 * Everything the exporters derive from a graph, computed once per run and only when a format
 * asks for it (writing a GEXF and an SVG of the same crawl lays it out once).
 */
import type { FamilyGraph } from '../graph/types.js';
import { layerGenerations, type Generations } from '../graph/generations.js';
import { familyUnits, type FamilyUnit } from '../graph/families.js';
import { generationalLayout, type Point } from '../graph/layout.js';
import { forceAtlas2Layout } from '../graph/forceatlas2.js';
import { countDescendants } from '../graph/descendants.js';
import { resolveHighlight, type Highlight } from './highlight.js';
import { itemPageUrl } from './text.js';

export type LayoutName = 'generations' | 'forceatlas2';

export interface ContextOptions {
  layout?: LayoutName;
  timeline?: boolean;
  highlight?: readonly string[];
}

export interface ExportContext {
  readonly graph: FamilyGraph;
  readonly layout: LayoutName;
  readonly timeline: boolean;
  readonly highlight: Highlight;
  /** Generation rows (DOT ranks, the `generation` attribute, y positions). */
  generations(): ReadonlyMap<string, number>;
  /** The rows with what the data forced: cycles ignored, links stretched over several rows. */
  layering(): Generations;
  /** The generation rows if a writer computed them, else null (nothing is computed for it). */
  computedLayering(): Generations | null;
  units(): readonly FamilyUnit[];
  /** Positions of the chosen layout (GEXF, GraphML). */
  positions(): ReadonlyMap<string, Point>;
  /** Positions of the generational layout, whatever the chosen one (row order for DOT). */
  rowPositions(): ReadonlyMap<string, Point>;
  descendants(): ReadonlyMap<string, number>;
  /** The item's page on the Wikibase the graph came from. */
  itemUrl(qid: string): string;
}

export function createExportContext(graph: FamilyGraph, options: ContextOptions = {}): ExportContext {
  const layout = options.layout ?? 'generations';
  const layering = once(() => layerGenerations(graph));
  const generations = () => layering().generation;
  const units = once(() => familyUnits(graph));
  const rows = once(() => generationalLayout(graph, generations(), units()));
  const positions = once(() => (layout === 'forceatlas2' ? forceAtlas2Layout(graph, rows()) : rows()));
  return {
    graph,
    layout,
    timeline: options.timeline ?? false,
    highlight: resolveHighlight(graph, options.highlight ?? []),
    generations,
    layering,
    computedLayering: () => layering.peek(),
    units,
    positions,
    rowPositions: rows,
    descendants: once(() => countDescendants(graph)),
    itemUrl: (qid) => itemPageUrl(qid, graph.getAttribute('endpoint')),
  };
}

function once<T>(compute: () => T): (() => T) & { peek(): T | null } {
  let done = false;
  let value: T | undefined;
  const get = () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
  return Object.assign(get, { peek: () => (done ? (value as T) : null) });
}
