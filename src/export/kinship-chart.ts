/**
 * The relationship chart genealogists draw for "how are A and B related?": for each
 * relationship, the common ancestor couple on top, the two lines of descent side by side below
 * them, one row per generation, down to A on the left and B on the right, every person with name
 * and years. Several relationships stand side by side (three to a shelf, shelves stacked), each
 * under its title ("Third cousins through Queen Victoria & Albert"). Pure: a family graph (for
 * labels, sex and dates) and the relationships in, DOT out; renderKinshipChartSvg draws it with
 * the WASM Graphviz of svg.ts.
 */
import type { ItemId } from '../ids.js';
import type { FamilyGraph, PersonAttributes } from '../graph/types.js';
import { legendLabel } from './dot-legend.js';
import { FONT, FONT_SIZE, personBoxAttributes } from './dot-person.js';
import { wrapLabel } from './dot-text.js';
import { renderDotToSvg } from './svg.js';
import { SEED_COLOR } from './style.js';
import { clip, escapeXml, singleLine } from './text.js';
import { textWidth } from './text-width.js';

/** One relationship to draw. Paths run from the person up: `[A, parent, ..., ancestor]`. */
export interface ChartRelationship {
  title: string;
  /** A second line under the title (generations on each side...). */
  subtitle?: string;
  /** The common ancestor, or the couple. */
  commonAncestors: ItemId[];
  pathA: ItemId[];
  pathB: ItemId[];
}

export interface KinshipChartInput {
  /** Every person on the paths, with labels, sex and dates (missing people are drawn by Q-id). */
  graph: FamilyGraph;
  a: ItemId;
  b: ItemId;
  relationships: readonly ChartRelationship[];
  /** The chart's heading; default "How B is related to A". */
  title?: string;
  /** Relationships per shelf (default 3). */
  perShelf?: number;
}

export function renderKinshipChartDot(input: KinshipChartInput): string {
  const { graph, a, b } = input;
  const perShelf = Math.max(1, input.perShelf ?? 3);
  const name = (id: ItemId) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const out: string[] = [
    'digraph kinship {',
    `  graph [rankdir=TB, newrank=true, nodesep=0.3, ranksep=0.4, fontname="${FONT}", labelloc=t, labeljust=l, ${legendLabel(
      {
        title: input.title ?? `How ${name(b)} is related to ${name(a)}`,
        notes:
          input.relationships.length === 0
            ? ['No relationship by descent to draw.']
            : [
                `${input.relationships.length} relationship${input.relationships.length === 1 ? '' : 's'}, closest first.`,
              ],
        seedLabel: 'common ancestors',
        highlighted: true,
        highlightLabel: `${shortName(graph, a)} and ${shortName(graph, b)}`,
        unknownSex: drawnSexes(input).has('unknown'),
        otherSex: drawnSexes(input).has('other'),
      },
    )}];`,
    `  node [shape=box, style="rounded,filled", fontname="${FONT}", fontsize=${FONT_SIZE}, color="#777777", margin="0.1,0.04", height=0.3];`,
    '  edge [dir=none, color="#555555", penwidth=1.4];',
  ];
  const rows = new Map<number, string[]>(); // rank -> node ids, left to right
  const place = (rank: number, id: string) => rows.set(rank, [...(rows.get(rank) ?? []), id]);
  let shelfTop = 0;
  for (let start = 0; start < input.relationships.length; start += perShelf) {
    const shelf = input.relationships.slice(start, start + perShelf);
    let depth = 0;
    shelf.forEach((relationship, k) => {
      const i = start + k;
      const group = drawRelationship(input, relationship, i, shelfTop, place);
      out.push(...group.lines);
      depth = Math.max(depth, group.depth);
      if (k < shelf.length - 1)
        for (let r = shelfTop; r <= shelfTop + group.depth; r++) {
          out.push(`  "gap${i}_${r}" [shape=point, style=invis, width=0.8, label=""];`);
          place(r, `"gap${i}_${r}"`);
        }
    });
    shelfTop += depth + 2;
  }
  const spine = [...rows.keys()].sort((x, y) => x - y);
  for (const rank of spine) {
    const ids = [`"r${rank}"`, ...rows.get(rank)!];
    out.push(`  "r${rank}" [shape=point, style=invis, width=0, height=0, label=""];`);
    out.push(`  { rank=same; ${ids.join('; ')}; }`, `  ${ids.join(' -> ')} [style=invis];`);
  }
  for (let i = 1; i < spine.length; i++) out.push(`  "r${spine[i - 1]}" -> "r${spine[i]}" [style=invis, weight=1000];`);
  out.push('}', '');
  return out.join('\n');
}

export async function renderKinshipChartSvg(input: KinshipChartInput): Promise<string> {
  return renderDotToSvg(renderKinshipChartDot(input));
}

/** One relationship's nodes and edges, its rows from `top` (title), `top + 1` (ancestors) down. */
function drawRelationship(
  input: KinshipChartInput,
  relationship: ChartRelationship,
  i: number,
  top: number,
  place: (rank: number, id: string) => void,
): { lines: string[]; depth: number } {
  const { graph, a, b } = input;
  const lines: string[] = [];
  const id = (qid: string) => `"c${i}_${qid}"`;
  // The title wrapped to about the width of the two lines of descent, centred over them.
  const title = wrapLabel(`${i + 1} \u00B7 ${relationship.title}`, 34, 4);
  const subtitle = relationship.subtitle ? wrapLabel(relationship.subtitle, 44, 3) : [];
  const titleWidth =
    Math.max(...title.map((t) => textWidth(t, 13, true)), ...subtitle.map((t) => textWidth(t, 10))) / 72 + 0.2;
  const titleHtml = [
    title.map(html).join('<BR/>'),
    ...(subtitle.length > 0 ? [`<FONT POINT-SIZE="10" FACE="${FONT}">${subtitle.map(html).join('<BR/>')}</FONT>`] : []),
  ].join('<BR/>');
  lines.push(
    `  "t${i}" [shape=plaintext, style="", fontname="${FONT}-Bold", fontsize=13, width=${titleWidth.toFixed(2)}, label=<${titleHtml}>];`,
  );
  place(top, `"t${i}"`);
  const person = (qid: ItemId, extra: { highlight?: boolean; ancestor?: boolean }) => {
    const attrs = graph.hasNode(qid) ? graph.getNodeAttributes(qid) : placeholder(qid);
    const box = personBoxAttributes(attrs, {
      bold: extra.highlight === true,
      highlight: extra.highlight === true,
      seed: extra.ancestor === true,
      wrap: 22,
    });
    return `  ${id(qid)} [${box.join(', ')}];`;
  };
  // The couple on top, joined by a union point the lines hang from (a single ancestor: from them).
  const ancestors = orderCouple(relationship);
  for (const ancestor of ancestors)
    lines.push(person(ancestor, { ancestor: true, highlight: ancestor === a || ancestor === b }));
  let union = id(ancestors[0]!);
  place(top + 1, id(ancestors[0]!));
  if (ancestors[1]) {
    union = `"c${i}_u"`;
    lines.push(
      `  ${union} [shape=point, width=0.08, height=0.08, label="", color="${SEED_COLOR}"];`,
      `  ${id(ancestors[0]!)} -> ${union} [weight=10];`,
      `  ${union} -> ${id(ancestors[1])} [weight=10];`,
    );
    place(top + 1, union);
    place(top + 1, id(ancestors[1]));
  }
  lines.push(`  "t${i}" -> ${union} [style=invis, weight=10];`);
  // The two lines of descent, ancestor's child first; A's on the left, B's on the right.
  const columns = [relationship.pathA, relationship.pathB].map((path) => path.slice(0, -1).reverse());
  const drawn = new Set<string>(ancestors);
  let depth = 1;
  columns.forEach((column, side) => {
    let above = union;
    column.forEach((qid, k) => {
      if (drawn.has(qid)) return;
      drawn.add(qid);
      lines.push(person(qid, { highlight: qid === (side === 0 ? a : b) }));
      lines.push(`  ${above} -> ${id(qid)} [weight=${k === 0 ? 4 : 10}];`);
      above = id(qid);
      depth = Math.max(depth, k + 2);
    });
  });
  // Rows are filled left column first, so A's line stays left of B's in every row.
  for (let k = 0; k < Math.max(columns[0]!.length, columns[1]!.length); k++) {
    for (const column of columns) {
      const qid = column[k];
      if (qid !== undefined && !ancestors.includes(qid)) place(top + 2 + k, id(qid));
    }
  }
  return { lines, depth };
}

/** The label before any comma ("Prince Philip, Duke of Edinburgh" -> "Prince Philip"), short. */
export function shortName(graph: FamilyGraph, id: ItemId): string {
  const label = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
  return clip(label.split(',')[0]!.trim() || label, 40);
}

function drawnSexes(input: KinshipChartInput): Set<string> {
  const sexes = new Set<string>();
  for (const r of input.relationships)
    for (const id of [...r.commonAncestors, ...r.pathA, ...r.pathB])
      sexes.add(input.graph.hasNode(id) ? input.graph.getNodeAttribute(id, 'sex') : 'unknown');
  return sexes;
}

/** The ancestor on A's line first (left), the partner second. */
function orderCouple(relationship: ChartRelationship): ItemId[] {
  const onA = relationship.pathA[relationship.pathA.length - 1];
  const list = relationship.commonAncestors.length > 0 ? [...relationship.commonAncestors] : onA ? [onA] : [];
  if (onA && list.includes(onA)) return [onA, ...list.filter((x) => x !== onA)].slice(0, 2);
  return list.slice(0, 2);
}

function html(text: string): string {
  return escapeXml(singleLine(text));
}

/** Someone on a path who is missing from the graph: drawn by Q-id. */
function placeholder(qid: ItemId): PersonAttributes {
  return {
    qid,
    label: qid,
    labelLanguage: null,
    description: null,
    sex: 'unknown',
    birth: null,
    death: null,
    depth: 0,
    seed: false,
    unexplored: 0,
    unknownParents: 0,
  };
}
