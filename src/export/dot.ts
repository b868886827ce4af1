/**
 * DOT for Graphviz, drawn the way genealogists draw: one row per generation (ancestors on top),
 * each couple joined left to right through a small union point from which their children hang
 * in birth order; a single known parent gets a union point of their own. The left-to-right
 * order in each row is the generational layout's (couples adjacent, siblings together, few
 * crossings), imposed on dot with invisible edges; dot only spaces the rows. Boxes are
 * coloured by sex, seeds have a gold frame, highlighted people and links are red-orange and
 * thick, non-birth links dashed. Every label is escaped (see dot-text.ts) and kept short (a
 * quoted DOT string must stay under 16 KB).
 */
import type { ExportContext } from './context.js';
import type { FamilyUnit } from '../graph/families.js';
import { lifeSpan } from './dates.js';
import { dotString, wrapLabel } from './dot-text.js';
import { HIGHLIGHT_COLOR, SEED_COLOR, SEX_FILL } from './style.js';
import { clip } from './text.js';

interface Slot {
  id: string;
  x: number;
}

export function renderDot(context: ExportContext): string {
  const { graph, highlight } = context;
  const generations = context.generations();
  const positions = context.rowPositions();
  const rows = new Map<number, Slot[]>();
  const place = (gen: number, id: string, x: number) => {
    const row = rows.get(gen);
    if (row) row.push({ id, x });
    else rows.set(gen, [{ id, x }]);
  };
  const xOf = (id: string) => positions.get(id)?.x ?? 0;
  const out: string[] = [
    'digraph wdkin {',
    '  graph [rankdir=TB, newrank=true, nodesep=0.2, ranksep=0.45, fontname="Helvetica"];',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, color="#777777", margin="0.1,0.04", height=0.3];',
    '  edge [dir=none, color="#666666", penwidth=1.2];',
  ];
  graph.forEachNode((id, a) => {
    const span = lifeSpan(a.birth, a.death);
    const label = span ? dotString(...wrapLabel(a.label), span) : dotString(...wrapLabel(a.label));
    const style = [`label=${label}`, `fillcolor="${SEX_FILL[a.sex]}"`];
    if (highlight.nodes.has(id)) style.push(`color="${HIGHLIGHT_COLOR}"`, 'penwidth=3');
    else if (a.seed) style.push(`color="${SEED_COLOR}"`, 'penwidth=3');
    if (a.seed) style.push('fontname="Helvetica-Bold"');
    style.push(`tooltip=${dotString(`${clip(a.label, 500)} (${a.qid})`)}`, `URL="${context.itemUrl(a.qid)}"`);
    out.push(`  ${dotString(id)} [${style.join(', ')}];`);
    place(generations.get(id) ?? 0, dotString(id), xOf(id));
  });
  context.units().forEach((unit, i) => {
    const u = `"u${i}"`;
    const lower = lowestParent(unit, generations);
    out.push(
      `  ${u} [shape=point, width=0.07, height=0.07, label="", color="${unitHighlighted(context, unit) ? HIGHLIGHT_COLOR : '#444444'}"];`,
    );
    const [first, second] = unit.parents;
    if (first !== undefined && second !== undefined && generations.get(first) === generations.get(second)) {
      const [left, right] = xOf(first) <= xOf(second) ? [first, second] : [second, first];
      const married = unit.spouseEdge !== null && highlight.edges.has(unit.spouseEdge);
      const marked = (parent: string) => (married || parentHighlighted(context, unit, parent) ? highlightStyle() : '');
      out.push(
        `  ${dotString(left)} -> ${u} [weight=8${marked(left)}];`,
        `  ${u} -> ${dotString(right)} [weight=8${marked(right)}];`,
      );
      place(generations.get(lower) ?? 0, u, (xOf(left) + xOf(right)) / 2);
    } else {
      for (const parent of unit.parents) {
        const marked = parentHighlighted(context, unit, parent) ? highlightStyle() : '';
        out.push(`  ${dotString(parent)} -> ${u} [weight=${parent === lower ? 8 : 2}${marked}];`);
      }
      place(generations.get(lower) ?? 0, u, xOf(lower) + 0.1);
    }
    for (const child of unit.children) {
      const marked = unit.parents.some((p) => highlight.edges.has(`${p}>${child}`)) ? highlightStyle() : '';
      const dashed = unit.nonBirthChildren.includes(child) ? ', style=dashed' : '';
      out.push(`  ${u} -> ${dotString(child)} [weight=3${dashed}${marked}];`);
    }
  });
  for (const [, row] of [...rows.entries()].sort((a, b) => a[0] - b[0])) {
    const ids = row.sort((a, b) => a.x - b.x).map((s) => s.id);
    out.push(`  { rank=same; ${ids.join('; ')}; }`);
    if (ids.length > 1) out.push(`  ${ids.join(' -> ')} [style=invis];`);
  }
  out.push('}', '');
  return out.join('\n');
}

/** The parent on the lower row (higher generation number); the union point sits beside them. */
function lowestParent(unit: FamilyUnit, generations: ReadonlyMap<string, number>): string {
  return unit.parents.reduce((a, b) => ((generations.get(b) ?? 0) > (generations.get(a) ?? 0) ? b : a));
}

function unitHighlighted(context: ExportContext, unit: FamilyUnit): boolean {
  const { highlight } = context;
  if (unit.spouseEdge !== null && highlight.edges.has(unit.spouseEdge)) return true;
  return unit.children.some((c) => unit.parents.some((p) => highlight.edges.has(`${p}>${c}`)));
}

function parentHighlighted(context: ExportContext, unit: FamilyUnit, parent: string): boolean {
  return unit.children.some((c) => context.highlight.edges.has(`${parent}>${c}`));
}

function highlightStyle(): string {
  return `, color="${HIGHLIGHT_COLOR}", penwidth=3`;
}
