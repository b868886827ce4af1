/**
 * Where everything of a family drawing goes before any DOT is written: the generation row and
 * left-to-right slot of every person, the panel each person is drawn in when the drawing is cut
 * (dot-panels.ts), each family's union point, and the stand-ins drawn where a link crosses from
 * one panel to another: a dashed box naming the parents ("↑ Victoria & Albert (A)") above
 * children whose parents are in another panel, and a dashed box for a partner drawn elsewhere.
 */
import type { ExportContext } from './context.js';
import type { FamilyUnit } from '../graph/families.js';
import { splitIntoPanels, type Panel } from './dot-panels.js';
import { boxWidth, personLines } from './dot-person.js';
import { panelLayouts } from './dot-panel-layout.js';

/** Drawn aspect (width / height) above which the drawing is cut into panels. */
export const MAX_ASPECT = 2.5;
/** Aspect the panels aim for once cut (a landscape screen), and the most the stack may have. */
const TARGET_ASPECT = 1.6;
const PANEL_ATTEMPTS = 5;
const STACK_ASPECT = 2;
const NODE_GAP = 0.2;
/**
 * Up to this many people (the SVG limit) each panel is laid out again on its own; above it the
 * panels keep the global layout's order (a DOT that large is for other tools, and copying
 * 100,000 people into panel graphs costs more than the rest of the export).
 */
const RELAYOUT_LIMIT = 5000;
const ROW_HEIGHT = 1.0;

export interface PlannedUnit {
  unit: FamilyUnit;
  id: string;
  panel: number;
  row: number;
  x: number;
  /** Panels (other than the union's) holding some of the children. */
  elsewhere: number[];
}

export interface Stand {
  id: string;
  /** Parents above children drawn elsewhere, or one partner of a couple drawn elsewhere. */
  kind: 'parents' | 'partner';
  panel: number;
  row: number;
  x: number;
  /** The people it stands for: parents of a family, or one partner. */
  people: string[];
  /** The panel where they are drawn. */
  drawnIn: number;
}

export interface DrawingPlan {
  panels: number;
  /** Where each panel sits: above the band around the seed (ancestors), the band, below it. */
  sides: Array<Panel['side']>;
  panelOf: Map<string, number>;
  rowOf: (key: string) => number;
  xOf: (key: string) => number;
  units: PlannedUnit[];
  /** Stand-ins for parents drawn in another panel, keyed `${panel} ${unit index}`. */
  parentStands: Map<string, Stand>;
  /** Stand-ins for one partner drawn in another panel, keyed `${panel} ${person}`. */
  partnerStands: Map<string, Stand>;
}

export function planDrawing(context: ExportContext): DrawingPlan {
  const { graph } = context;
  const generations = context.generations();
  const positions = context.rowPositions();
  const rowOf = (key: string) => generations.get(key) ?? 0;
  let xs: ReadonlyMap<string, { x: number }> = positions;
  const xOf = (key: string) => xs.get(key)?.x ?? 0;
  const units = context.units();
  const people = graph.nodes().map((key) => {
    const a = graph.getNodeAttributes(key);
    return { key, row: rowOf(key), x: xOf(key), width: boxWidth(personLines(a), 10, a.seed) + NODE_GAP };
  });
  const panelOf = new Map<string, number>(people.map((p) => [p.key, 0]));
  let panels = 1;
  let sides: Array<Panel['side']> = ['band'];
  const rowWidths = new Map<number, number>();
  for (const p of people) rowWidths.set(p.row, (rowWidths.get(p.row) ?? 0) + p.width);
  for (const u of units) {
    const row = Math.max(...u.parents.map(rowOf));
    rowWidths.set(row, (rowWidths.get(row) ?? 0) + 0.3);
  }
  const width = Math.max(0, ...rowWidths.values());
  const height = rowWidths.size * ROW_HEIGHT;
  if (graph.order > 30 && width > MAX_ASPECT * height) {
    const parents = new Map<string, string[]>();
    const children = new Map<string, string[]>();
    const partners = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, key: string, values: readonly string[]) =>
      map.set(key, [...(map.get(key) ?? []), ...values]);
    for (const u of units) {
      for (const c of u.children) add(parents, c, u.parents);
      for (const p of u.parents) {
        add(children, p, u.children);
        add(
          partners,
          p,
          u.parents.filter((q) => q !== p),
        );
      }
    }
    const first = graph.getAttribute('seeds')?.find((s) => graph.hasNode(s));
    const rowsOf = new Map(people.map((p) => [p.key, p.row]));
    // The widest panels whose stack is at most STACK_ASPECT times as wide as it is high: try
    // the width at which the whole drawing, stacked, would be TARGET_ASPECT wide, then search
    // between it and the width that its area alone allows.
    const attempt = (maxWidth: number) => {
      const panels = splitIntoPanels({
        people,
        parents,
        children,
        partners,
        maxWidth,
        ...(first ? { centre: rowOf(first) } : {}),
      });
      const stack = panels.reduce((sum, panel) => sum + (rowSpan(panel.keys, rowsOf) + 1.5) * ROW_HEIGHT, 0);
      return { panels, fits: maxWidth <= STACK_ASPECT * stack };
    };
    let area = 0;
    for (const w of rowWidths.values()) area += w * ROW_HEIGHT;
    let high = Math.max(12, Math.sqrt(TARGET_ASPECT * width * height));
    let low = Math.min(high, Math.max(12, Math.sqrt(area)));
    let best = attempt(high);
    if (!best.fits) {
      const narrow = attempt(low);
      best = narrow;
      for (let step = 0; step < PANEL_ATTEMPTS && narrow.fits; step++) {
        const middle = (low + high) / 2;
        const tried = attempt(middle);
        if (tried.fits) {
          best = tried;
          low = middle;
        } else high = middle;
      }
    }
    const split = best.panels;
    split.forEach((panel, i) => panel.keys.forEach((k) => panelOf.set(k, i)));
    panels = split.length;
    sides = split.map((panel) => panel.side);
    if (graph.order <= RELAYOUT_LIMIT)
      xs = panelLayouts(
        graph,
        generations,
        units,
        split.map((panel) => panel.keys),
        panelOf,
      );
  }

  const planned: PlannedUnit[] = [];
  const parentStands = new Map<string, Stand>();
  const partnerStands = new Map<string, Stand>();
  units.forEach((unit, i) => {
    const lower = unit.parents.reduce((a, b) => (rowOf(b) > rowOf(a) ? b : a));
    const panel = unionPanel(unit, lower, panelOf);
    const x = unit.parents.reduce((sum, p) => sum + xOf(p), 0) / unit.parents.length;
    const elsewhere = new Set<number>();
    for (const child of unit.children) {
      const childPanel = panelOf.get(child)!;
      if (childPanel === panel) continue;
      elsewhere.add(childPanel);
      const key = `${childPanel} ${i}`;
      const stand = parentStands.get(key);
      if (stand) stand.x = (stand.x + xOf(child)) / 2;
      else
        parentStands.set(key, {
          id: `s${childPanel}_${i}`,
          kind: 'parents',
          panel: childPanel,
          row: rowOf(lower),
          x: xOf(child),
          people: unit.parents,
          drawnIn: panelOf.get(unit.parents[0]!)!,
        });
    }
    for (const parent of unit.parents) {
      const drawnIn = panelOf.get(parent)!;
      if (drawnIn === panel || partnerStands.has(`${panel} ${parent}`)) continue;
      partnerStands.set(`${panel} ${parent}`, {
        id: `p${panel}_${parent}`,
        kind: 'partner',
        panel,
        row: rowOf(parent),
        x: xOf(parent),
        people: [parent],
        drawnIn,
      });
    }
    planned.push({ unit, id: `u${i}`, panel, row: rowOf(lower), x, elsewhere: [...elsewhere].sort((a, b) => a - b) });
  });
  return { panels, sides, panelOf, rowOf, xOf, units: planned, parentStands, partnerStands };
}

function rowSpan(keys: readonly string[], rowOf: ReadonlyMap<string, number>): number {
  let low = Infinity;
  let high = -Infinity;
  for (const key of keys) {
    low = Math.min(low, rowOf.get(key)!);
    high = Math.max(high, rowOf.get(key)!);
  }
  return keys.length === 0 ? 0 : high - low + 1;
}

/** The panel of a family's union point: where most of its children are, among its parents' panels. */
function unionPanel(unit: FamilyUnit, lower: string, panelOf: ReadonlyMap<string, number>): number {
  let best = panelOf.get(lower)!;
  let bestCount = -1;
  for (const parent of [lower, ...unit.parents.filter((p) => p !== lower)]) {
    const panel = panelOf.get(parent)!;
    const count = unit.children.filter((c) => panelOf.get(c) === panel).length;
    if (count > bestCount) {
      best = panel;
      bestCount = count;
    }
  }
  return best;
}
