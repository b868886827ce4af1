/**
 * How B is related to A, as `wdkin kinship` says it: each relationship's name, its common
 * ancestors with the generations on both sides, and both lines as clickable people; the spouse
 * and in-law relationships; the coefficient of relationship; the shortest family path when
 * there is no relationship by descent; and what a bound cut short.
 */
import { h, type Child } from './dom.js';
import type { ViewGraph } from './graph.js';
import { personLink } from './person-link.js';
import type { KinshipAnswer } from './kinship.js';
import type { RelationshipView } from '../export/kinship-view.js';

export interface KinshipPanelContext {
  graph: ViewGraph;
  onSwap(): void;
  onClose(): void;
}

/** Relationships by descent listed before the rest are folded away (the CLI's text limit). */
const SHOWN = 20;

export function kinshipDetails(answer: KinshipAnswer, context: KinshipPanelContext): HTMLElement {
  const { graph } = context;
  const { view } = answer;
  const link = (id: string) => personLink(graph, id, { years: false });
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const items: HTMLElement[] = [];
  let previous: RelationshipView | null = null;
  for (const r of view.relationships) {
    // A degree heading before its first relationship: "double first cousin", "... in 74 ways".
    const degree = view.degrees.find((d) => sameDegree(d, r));
    if (degree && (!previous || !sameDegree(degree, previous)) && (degree.couples > 1 || degree.lines > 1)) {
      items.push(h('li', { class: 'degree', text: degree.label }));
    }
    items.push(relationshipItem(r, previous, view.a, view.b, link, label));
    previous = r;
  }
  const shown = items.slice(0, SHOWN);
  const folded = items.slice(SHOWN);
  const swap = h('button', { class: 'action', text: 'Swap the two people', attrs: { type: 'button' } });
  swap.addEventListener('click', () => context.onSwap());
  const close = h('button', {
    class: 'close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Close the panel', title: 'Close (Esc)' },
  });
  close.addEventListener('click', () => context.onClose());
  return h(
    'article',
    { class: 'kinship', attrs: { 'data-a': view.a, 'data-b': view.b } },
    close,
    h('h2', { class: 'kicker', text: 'How they are related' }),
    view.relationships.length > 0
      ? h('p', { class: 'lead' }, link(view.b), ' is ', link(view.a), '’s')
      : h('p', { class: 'lead' }, link(view.b), ' and ', link(view.a), ': no relationship found in this graph.'),
    items.length > 0 ? h('ol', { class: 'relationships' }, ...shown) : null,
    folded.length > 0
      ? h(
          'details',
          {},
          h('summary', { text: `${folded.length} more distant relationships` }),
          h('ol', { class: 'relationships', attrs: { start: SHOWN + 1 } }, ...folded),
        )
      : null,
    view.shortestPath ? shortestPath(view.shortestPath, link) : null,
    h(
      'p',
      { class: 'coefficient' },
      'Coefficient of relationship r (Wright): ',
      h('strong', { text: formatCoefficient(view.coefficient) }),
    ),
    h(
      'p',
      { class: 'numbers' },
      `Path sum ${formatNumber(view.pathSum)} · kinship φ ${formatNumber(view.kinship)} · inbreeding F ${label(view.a)} ${formatNumber(view.inbreeding.a)}, ${label(view.b)} ${formatNumber(view.inbreeding.b)} — over the ancestors within ${view.pedigree.generations} generations (${view.pedigree.people} people)`,
    ),
    ...view.messages.map((m) => h('p', { class: 'note', text: m })),
    h(
      'p',
      { class: 'source' },
      answer.inPage
        ? `Computed in this page on the ${graph.order.toLocaleString('en')} people it holds (up to ${view.maxGenerations} generations).`
        : 'As computed by wdkin kinship on every ancestor it fetched.',
    ),
    h('div', { class: 'actions' }, swap),
  );
}

function relationshipItem(
  r: RelationshipView,
  previous: RelationshipView | null,
  a: string,
  b: string,
  link: (id: string) => HTMLElement,
  label: (id: string) => string,
): HTMLElement {
  const lines = [...r.paths.a.map((p) => ({ path: p, from: a })), ...r.paths.b.map((p) => ({ path: p, from: b }))]
    .filter(({ path }) => path.length > 1)
    .map(({ path }) => pathLine(path, link));
  if (r.kind === 'spouse')
    return h('li', { class: 'relationship spouse' }, h('strong', { class: 'name', text: r.name }));
  if (previous && sameHeading(previous, r))
    return h(
      'li',
      { class: 'relationship again' },
      h('span', { class: 'note', text: 'or, by another line:' }),
      ...lines,
    );
  const half = r.half === true && !/half/.test(r.name) ? ' (half)' : '';
  const double = r.lines > 1 ? ` (${r.lines} lines)` : '';
  const unrecorded =
    r.half === null
      ? h('p', { class: 'note', text: 'One common ancestor known; the other parent is not recorded.' })
      : null;
  const via = r.via ? h('span', { class: 'via' }, ` (${r.neutralName}, through `, link(r.via), ')') : null;
  const first = r.via !== null && r.paths.a.some((p) => p[1] === r.via) ? r.via : a;
  const second = r.via !== null && r.paths.b.some((p) => p[1] === r.via) ? r.via : b;
  const counts = [
    r.generationsA > 0
      ? `${r.generationsA} ${r.generationsA === 1 ? 'generation' : 'generations'} up from ${label(first)}`
      : null,
    r.generationsB > 0 ? `${r.generationsB} from ${label(second)}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const ancestors: Child[] = [];
  r.commonAncestors.forEach((id, i) => ancestors.push(i > 0 ? ' & ' : '', link(id)));
  return h(
    'li',
    { class: `relationship ${r.kind}` },
    h('strong', { class: 'name', text: r.name }),
    half,
    double,
    r.kind !== 'blood' && r.kind !== 'in-law' && r.kind !== 'step'
      ? h('span', { class: 'kind', text: ` ${r.kind}` })
      : null,
    via,
    r.commonAncestors.length > 0
      ? h(
          'p',
          { class: 'ancestors' },
          `Common ${r.commonAncestors.length === 1 ? 'ancestor' : 'ancestors'}: `,
          ...ancestors,
          counts ? `, ${counts}` : '',
        )
      : null,
    unrecorded,
    ...lines,
    r.nonBirthLinks.length > 0
      ? h('p', {
          class: 'note',
          text: `Not a birth link: ${r.nonBirthLinks.map((l) => `${label(l.child)} → ${label(l.parent)}`).join('; ')}`,
        })
      : null,
  );
}

function pathLine(path: readonly string[], link: (id: string) => HTMLElement): HTMLElement {
  const parts: Child[] = [];
  path.forEach((id, i) => parts.push(i > 0 ? h('span', { class: 'step', text: ' › ' }) : null, link(id)));
  return h('p', { class: 'path' }, ...parts);
}

function shortestPath(
  path: NonNullable<KinshipAnswer['view']['shortestPath']>,
  link: (id: string) => HTMLElement,
): HTMLElement {
  const parts: Child[] = [link(path.people[0]!)];
  for (const step of path.steps)
    parts.push(
      h('span', { class: 'step', text: ` —${step.name}${step.nonBirth ? ' (non-birth)' : ''}→ ` }),
      link(step.to),
    );
  const count = path.steps.length;
  return h(
    'div',
    { class: 'shortest' },
    h('h3', { text: `Shortest family path (${count} ${count === 1 ? 'link' : 'links'})` }),
    h('p', { class: 'path' }, ...parts),
  );
}

function sameDegree(
  d: { name: string; kind: string; generationsA: number; generationsB: number },
  r: RelationshipView,
): boolean {
  return (
    d.name === r.name && d.kind === r.kind && d.generationsA === r.generationsA && d.generationsB === r.generationsB
  );
}

function formatNumber(value: number): string {
  return value === 0 ? '0' : String(Number(value.toPrecision(4)));
}

function sameHeading(x: RelationshipView, y: RelationshipView): boolean {
  return (
    x.name === y.name && x.kind === y.kind && x.via === y.via && x.commonAncestors.join() === y.commonAncestors.join()
  );
}

/** As the CLI prints it: `0.007813 (0.781%)`. */
export function formatCoefficient(r: number): string {
  if (r === 0) return '0';
  return `${Number(r.toPrecision(4))} (${Number((r * 100).toPrecision(3))}%)`;
}
