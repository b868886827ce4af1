/**
 * The details of one person: name, Q-id, birth and death as precisely as known, description, a
 * link to the item on its Wikibase, and their family as links that select them.
 */
import { h, type Child } from './dom.js';
import { ageBetween, formatDate } from './dates.js';
import { familyOf } from './family.js';
import type { ViewGraph } from './graph.js';
import { personLink } from './person-link.js';

export interface DetailsContext {
  graph: ViewGraph;
  /** The item page is this followed by the Q-id. */
  itemUrlPrefix: string;
  /** Hidden by the filters at the moment. */
  hidden: boolean;
  onRelate(id: string): void;
  onClose(): void;
}

const SEX_WORD = { male: 'male', female: 'female', other: 'other', unknown: 'not recorded' } as const;

export function personDetails(id: string, context: DetailsContext): HTMLElement {
  const { graph } = context;
  const person = graph.getNodeAttributes(id);
  const family = familyOf(graph, id);
  const link = (other: string) => personLink(graph, other);
  const age = ageBetween(person.birth, person.death);
  const facts: Child[] = [
    fact('Born', formatDate(person.birth)),
    fact('Died', person.death ? `${formatDate(person.death)}${age !== null ? ` (aged ${age})` : ''}` : ''),
    fact('Sex', SEX_WORD[person.sex]),
    fact('Generation', `${person.generation > 0 ? '+' : ''}${person.generation}${person.seed ? ' (seed)' : ''}`),
    fact('Descendants here', person.descendants > 0 ? person.descendants.toLocaleString('en') : ''),
  ];
  const partners = family.partners.map((p) => {
    const dates = p.link !== null ? marriageDates(graph, id, p.id) : '';
    return h(
      'li',
      {},
      link(p.id),
      p.spouse
        ? dates
          ? h('span', { class: 'note', text: ` ${dates}` })
          : ''
        : h('span', { class: 'note', text: ' co-parent' }),
    );
  });
  const notes: Child[] = [
    context.hidden ? h('p', { class: 'notice', text: 'Hidden by the filters.' }) : null,
    person.unexplored > 0
      ? h('p', {
          class: 'note',
          text: `${person.unexplored} family ${person.unexplored === 1 ? 'link leads' : 'links lead'} outside this graph.`,
        })
      : null,
    person.unknownParents > 0
      ? h('p', {
          class: 'note',
          text: `${person.unknownParents} ${person.unknownParents === 1 ? 'parent is' : 'parents are'} recorded as unknown on Wikidata.`,
        })
      : null,
  ];
  const relate = h('button', {
    class: 'action',
    text: `How is someone related to ${shortName(person.label)}?`,
    attrs: { type: 'button', id: 'relate-button' },
  });
  relate.addEventListener('click', () => context.onRelate(id));
  const close = h('button', {
    class: 'close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Close the panel', title: 'Close (Esc)' },
  });
  close.addEventListener('click', () => context.onClose());
  return h(
    'article',
    { class: 'details', attrs: { 'data-qid': id } },
    close,
    h('h2', { class: `name sex-${person.sex}`, text: person.label, attrs: { lang: person.labelLanguage } }),
    h(
      'p',
      { class: 'ids' },
      h('span', { class: 'qid', text: id }),
      ' · ',
      h('a', {
        class: 'item-link',
        text: `${itemHost(context.itemUrlPrefix)} ↗`,
        attrs: {
          href: `${context.itemUrlPrefix}${id}`,
          target: '_blank',
          rel: 'noopener noreferrer',
          title: `This person on ${itemHost(context.itemUrlPrefix)} (opens the web)`,
        },
      }),
    ),
    person.description ? h('p', { class: 'description', text: person.description }) : null,
    h('dl', { class: 'facts' }, ...facts),
    ...notes,
    group(
      'Parents',
      family.parents.map((p) => h('li', {}, link(p))),
    ),
    group(family.partners.some((p) => !p.spouse) ? 'Spouses and co-parents' : 'Spouses', partners),
    group(
      'Children',
      family.children.map((c) => h('li', {}, link(c))),
    ),
    group(
      'Siblings',
      family.siblings.map((s) => h('li', {}, link(s.id), s.half ? h('span', { class: 'note', text: ' half' }) : '')),
    ),
    h('div', { class: 'actions' }, relate),
  );
}

function fact(term: string, value: string): Child {
  if (!value) return null;
  const fragment = document.createDocumentFragment();
  fragment.append(h('dt', { text: term }), h('dd', { text: value }));
  return fragment;
}

function group(title: string, items: HTMLElement[]): Child {
  if (items.length === 0) return null;
  return h(
    'section',
    { class: 'family', attrs: { 'data-group': title.toLowerCase().split(' ')[0] } },
    h('h3', { text: items.length > 1 ? `${title} (${items.length})` : title }),
    h('ul', {}, ...items),
  );
}

function marriageDates(graph: ViewGraph, a: string, b: string): string {
  const key = a < b ? `${a}~${b}` : `${b}~${a}`;
  if (!graph.hasEdge(key)) return '';
  const { start, end } = graph.getEdgeAttributes(key);
  const from = formatDate(start);
  const until = formatDate(end);
  if (from && until) return `married ${from}, until ${until}`;
  if (from) return `married ${from}`;
  if (until) return `married until ${until}`;
  return '';
}

/** "Wikidata", or the Wikibase's host name. */
function itemHost(prefix: string): string {
  try {
    const host = new URL(prefix).hostname;
    return /(^|\.)wikidata\.org$/.test(host) ? 'Wikidata' : host;
  } catch {
    return 'the Wikibase';
  }
}

/** "Queen Victoria" stays, a very long label is cut for the button. */
function shortName(label: string): string {
  const points = Array.from(label);
  return points.length <= 40 ? label : `${points.slice(0, 39).join('')}…`;
}
