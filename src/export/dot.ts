/**
 * DOT for Graphviz, drawn the way genealogists draw: one row per generation (ancestors on top,
 * the rows of graph/generations.ts), each couple joined left to right through a small union
 * point from which their children hang in birth order; a single known parent gets a union point
 * of their own. The left-to-right order in each row is the generational layout's (couples
 * adjacent, siblings together, few crossings), imposed on dot with invisible edges; dot only
 * spaces the rows. Boxes are coloured by sex and sized for their text, seeds have a gold frame,
 * highlighted people and links are red-orange and thick, non-birth links dashed. A legend sits
 * on top. A drawing much wider than high is cut into panels stacked top to bottom
 * (dot-plan.ts), with dashed stand-ins where a family link crosses from one panel to another.
 * Every label is escaped (see dot-text.ts) and kept short (a quoted DOT string must stay under
 * 16 KB).
 */
import { statusNote } from './status.js';
import type { ExportContext } from './context.js';
import { legend, letter, panelTitle, standAttributes } from './dot-labels.js';
import { FONT, FONT_SIZE, personBoxAttributes } from './dot-person.js';
import { planDrawing, type DrawingPlan } from './dot-plan.js';
import { dotString } from './dot-text.js';
import { HIGHLIGHT_COLOR } from './style.js';
import { clip } from './text.js';
import { textWidth } from './text-width.js';

interface Slot {
  id: string;
  x: number;
}

export function renderDot(context: ExportContext): string {
  const { graph, highlight } = context;
  const plan = planDrawing(context);
  const layering = context.layering();
  const status = statusNote(graph);
  const out: string[] = [
    ...(status ? [`// ${status}`] : []),
    'digraph wdkin {',
    `  graph [rankdir=TB, newrank=true, nodesep=0.2, ranksep=0.45, fontname="${FONT}", labelloc=t, labeljust=l, ${legend(context, plan, layering.stretched.length)}];`,
    `  node [shape=box, style="rounded,filled", fontname="${FONT}", fontsize=${FONT_SIZE}, color="#777777", margin="0.1,0.04", height=0.3];`,
    '  edge [dir=none, color="#666666", penwidth=1.2];',
  ];
  const slots = new Map<string, Slot[]>(); // `${panel} ${row}` -> nodes in that row
  const place = (panel: number, row: number, id: string, x: number) => {
    const key = `${panel} ${row}`;
    const list = slots.get(key);
    if (list) list.push({ id, x });
    else slots.set(key, [{ id, x }]);
  };
  const members: string[][] = Array.from({ length: plan.panels }, () => []);
  graph.forEachNode((id, a) => {
    const box = personBoxAttributes(a, {
      bold: a.seed,
      seed: a.seed,
      highlight: highlight.nodes.has(id),
      url: context.itemUrl(a.qid),
    });
    const panel = plan.panelOf.get(id)!;
    members[panel]!.push(`${dotString(id)} [${box.join(', ')}];`);
    place(panel, plan.rowOf(id), dotString(id), plan.xOf(id));
  });
  for (const stand of [...plan.parentStands.values(), ...plan.partnerStands.values()]) {
    members[stand.panel]!.push(`"${stand.id}" [${standAttributes(context, stand)}];`);
    place(stand.panel, stand.row, `"${stand.id}"`, stand.x);
  }
  const edges: string[] = [];
  const at = (panel: number, person: string) =>
    plan.panelOf.get(person) === panel ? dotString(person) : `"${plan.partnerStands.get(`${panel} ${person}`)!.id}"`;
  for (const planned of plan.units) {
    const { unit, id, panel } = planned;
    const marked = (parent: string) =>
      (unit.spouseEdge !== null && highlight.edges.has(unit.spouseEdge)) ||
      unit.children.some((c) => highlight.edges.has(`${parent}>${c}`));
    const elsewhere = planned.elsewhere.map(letter).join(', ');
    members[panel]!.push(
      `"${id}" [shape=point, width=0.07, height=0.07, label="", color="${unit.parents.some(marked) ? HIGHLIGHT_COLOR : '#444444'}"${elsewhere ? `, xlabel="\u2193 ${elsewhere}", fontsize=8, fontcolor="#555555"` : ''}];`,
    );
    const [first, second] = unit.parents;
    if (first !== undefined && second !== undefined && plan.rowOf(first) === plan.rowOf(second)) {
      const [left, right] = plan.xOf(first) <= plan.xOf(second) ? [first, second] : [second, first];
      edges.push(
        `  ${at(panel, left)} -> "${id}" [weight=8${marked(left) ? highlightStyle() : ''}];`,
        `  "${id}" -> ${at(panel, right)} [weight=8${marked(right) ? highlightStyle() : ''}];`,
      );
      place(panel, planned.row, `"${id}"`, planned.x);
    } else {
      const lower = unit.parents.reduce((a, b) => (plan.rowOf(b) > plan.rowOf(a) ? b : a));
      for (const parent of unit.parents)
        edges.push(
          `  ${at(panel, parent)} -> "${id}" [weight=${parent === lower ? 8 : 2}${marked(parent) ? highlightStyle() : ''}];`,
        );
      place(panel, planned.row, `"${id}"`, plan.xOf(lower) + 0.1);
    }
    const index = Number(id.slice(1));
    for (const child of unit.children) {
      const childPanel = plan.panelOf.get(child)!;
      const from = childPanel === panel ? `"${id}"` : `"${plan.parentStands.get(`${childPanel} ${index}`)!.id}"`;
      const mark = unit.parents.some((p) => highlight.edges.has(`${p}>${child}`)) ? highlightStyle() : '';
      const dashed = unit.nonBirthChildren.includes(child) ? ', style=dashed' : '';
      edges.push(`  ${from} -> ${dotString(child)} [weight=3${dashed}${mark}];`);
    }
  }
  // No spread into push: a 100,000-person drawing has more lines than a call may take arguments.
  return [...out, ...panelBlocks(context, plan, members), ...edges, ...rankBlocks(plan, slots), '}', ''].join('\n');
}

/**
 * The nodes, and each panel's title as a plain text node on a row of its own. (No DOT clusters:
 * inside a cluster dot does not keep the left-to-right order the invisible edges impose.)
 */
function panelBlocks(context: ExportContext, plan: DrawingPlan, members: string[][]): string[] {
  if (plan.panels === 1) return members[0]!.map((m) => `  ${m}`);
  return members.flatMap((list, panel) => [
    titleNode(`t${panel}`, panelTitle(context, plan, panel)),
    ...list.map((m) => `  ${m}`),
  ]);
}

/** A panel title: bold plain text, its node as wide as the text in a viewer's font. */
function titleNode(id: string, title: string): string {
  const text = clip(title, 160);
  return `"${id}" [shape=plaintext, style="", fontname="${FONT}-Bold", fontsize=16, width=${(textWidth(text, 16, true) / 72 + 0.2).toFixed(2)}, label=${dotString(text)}];`;
}

/**
 * One `rank=same` block per panel row, ordered left to right; with panels, a hidden spine of
 * ranks stacks them, each under its title.
 */
function rankBlocks(plan: DrawingPlan, slots: ReadonlyMap<string, Slot[]>): string[] {
  const out: string[] = [];
  const spine: string[] = [];
  let offset = 0;
  for (let panel = 0; panel < plan.panels; panel++) {
    const rows = [...slots.keys()]
      .filter((k) => Number(k.split(' ')[0]) === panel)
      .map((k) => Number(k.split(' ')[1]))
      .sort((a, b) => a - b);
    if (rows.length === 0) continue;
    if (plan.panels > 1) {
      out.push(`  { rank=same; "r${offset}"; "t${panel}"; }`, `  "r${offset}" -> "t${panel}" [style=invis];`);
      offset++;
    }
    const top = rows[0]!;
    for (const row of rows) {
      const ids = slots
        .get(`${panel} ${row}`)!
        .sort((a, b) => a.x - b.x)
        .map((s) => s.id);
      // The spine node fixes the rank and sits at the left of its row.
      if (plan.panels > 1) ids.unshift(`"r${offset + row - top}"`);
      out.push(`  { rank=same; ${ids.join('; ')}; }`);
      if (ids.length > 1) out.push(`  ${ids.join(' -> ')} [style=invis];`);
    }
    offset += rows[rows.length - 1]! - top + 2;
  }
  if (plan.panels > 1) {
    for (let r = 0; r < offset; r++) spine.push(`"r${r}"`);
    out.unshift(...spine.map((id) => `  ${id} [shape=point, style=invis, width=0, height=0, label=""];`));
    out.push(`  ${spine.join(' -> ')} [style=invis, weight=1000];`);
  }
  return out;
}

function highlightStyle(): string {
  return `, color="${HIGHLIGHT_COLOR}", penwidth=3`;
}
