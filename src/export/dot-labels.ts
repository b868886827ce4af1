/**
 * The texts of a family drawing: panel letters and titles, the labels of the dashed stand-ins
 * for people drawn in another panel, and the legend on top.
 */
import type { ExportContext } from './context.js';
import { legendLabel } from './dot-legend.js';
import type { DrawingPlan, Stand } from './dot-plan.js';
import { dotString } from './dot-text.js';
import { clip } from './text.js';

/** Panel letters: A, B, ... Z, AA, AB... */
export function letter(panel: number): string {
  return panel < 26 ? String.fromCharCode(65 + panel) : letter(Math.floor(panel / 26) - 1) + letter(panel % 26);
}

/** A dashed box naming the parents (↑) or the partner drawn in another panel, and which. */
export function standAttributes(context: ExportContext, stand: Stand): string {
  const names = stand.people.map((p) => clip(context.graph.getNodeAttribute(p, 'label'), 28));
  const arrow = stand.kind === 'parents' ? '\u2191 ' : '';
  const lines = [`${arrow}${names.join(' & ')}`, `(panel ${letter(stand.drawnIn)})`];
  return `shape=box, style="rounded,dashed", fillcolor="#ffffff", color="#999999", fontcolor="#444444", fontsize=9, label=${dotString(...lines)}`;
}

/**
 * "A · Queen Victoria" for the seed's panel; "B · descendants of ..." for a branch below it,
 * named after the families it continues; "ancestors of ..." for one above it.
 */
export function panelTitle(context: ExportContext, plan: DrawingPlan, panel: number): string {
  const { graph } = context;
  const seeds = (graph.getAttribute('seeds') ?? []).filter((s) => plan.panelOf.get(s) === panel && graph.hasNode(s));
  const label = (key: string) => clip(graph.getNodeAttribute(key, 'label'), 40);
  const name = letter(panel);
  if (seeds.length > 0) return `${name} \u00B7 ${seeds.map(label).join(', ')}`;
  const list = (items: string[]) => `${items.slice(0, 2).join('; ')}${items.length > 2 ? '; \u2026' : ''}`;
  const stands = [...plan.parentStands.values()]
    .filter((s) => s.panel === panel)
    .sort((a, b) => a.row - b.row || a.x - b.x);
  if (stands.length > 0 && plan.sides[panel] !== 'above')
    return `${name} \u00B7 descendants of ${list(stands.map((s) => s.people.map(label).join(' & ')))}`;
  const below = plan.units
    .filter((u) => u.panel === panel && u.elsewhere.length > 0)
    .flatMap((u) => u.unit.children.filter((c) => plan.panelOf.get(c) !== panel));
  return below.length > 0
    ? `${name} \u00B7 ancestors of ${list([...new Set(below)].map(label))}`
    : `${name} \u00B7 relatives`;
}

/** The legend: who the drawing is of, what was cut or stretched, one sample of each box. */
export function legend(context: ExportContext, plan: DrawingPlan, stretched: number): string {
  const { graph, highlight } = context;
  const seeds = (graph.getAttribute('seeds') ?? []).filter((s) => graph.hasNode(s));
  const rows = new Set(graph.nodes().map(plan.rowOf)).size;
  const who = seeds.map((s) => `${clip(graph.getNodeAttribute(s, 'label'), 60)} (${s})`).join(', ');
  const notes: string[] = [];
  if (plan.panels > 1)
    notes.push(
      `Drawn in ${plan.panels} panels, A to ${letter(plan.panels - 1)}; \u2193 B under a couple: children in panel B.`,
    );
  if (stretched > 0)
    notes.push(
      `${stretched} parent link${stretched === 1 ? ' spans' : 's span'} more than one row: the family married across generations.`,
    );
  let nonBirth = false;
  let unknown = false;
  let other = false;
  graph.forEachEdge((_e, a) => (nonBirth ||= a.nonBirth));
  graph.forEachNode((_k, a) => {
    unknown ||= a.sex === 'unknown';
    other ||= a.sex === 'other';
  });
  return legendLabel({
    title: `${who ? `Family of ${who}: ` : ''}${graph.order} people in ${rows} generations`,
    notes,
    seeds: seeds.length > 0,
    highlighted: highlight.nodes.size > 0,
    nonBirth,
    panels: plan.panels > 1,
    unknownSex: unknown,
    otherSex: other,
  });
}
