/** A person as a link in the panels: their name (a `#Q…` link, so it selects them) and years. */
import { h } from './dom.js';
import { lifeSpan } from './dates.js';
import type { ViewGraph } from './graph.js';

export function personLink(graph: ViewGraph, id: string, options: { years?: boolean } = {}): HTMLElement {
  if (!graph.hasNode(id)) return h('span', { class: 'person missing', text: id, attrs: { title: 'Not in this file' } });
  const person = graph.getNodeAttributes(id);
  const link = h('a', {
    class: `person sex-${person.sex}`,
    text: person.label,
    attrs: { href: `#${id}`, 'data-qid': id, lang: person.labelLanguage, title: `${person.label} (${id})` },
  });
  const years = options.years === false ? '' : lifeSpan(person.birth, person.death);
  return years ? h('span', { class: 'person-line' }, link, ' ', h('span', { class: 'years', text: years })) : link;
}
