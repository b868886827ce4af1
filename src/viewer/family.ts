/**
 * A person's close family in the page's graph: parents, partners (spouses, and the other parent
 * of their children), children and siblings, each in birth order. Pure.
 */
import type { ViewGraph } from './graph.js';

export interface Partner {
  id: string;
  /** Linked by P26 spouse (else only the other parent of a child). */
  spouse: boolean;
  /** Link index of the spouse link, for its dates. */
  link: number | null;
}

export interface Sibling {
  id: string;
  /** Shares only some of the known parents. */
  half: boolean;
}

export interface Family {
  parents: string[];
  partners: Partner[];
  children: string[];
  siblings: Sibling[];
}

export function familyOf(graph: ViewGraph, id: string): Family {
  const parents = graph.inNeighbors(id);
  const children = graph.outNeighbors(id);
  const partners = new Map<string, Partner>();
  graph.forEachUndirectedEdge(id, (_edge, attributes, source, target) => {
    if (attributes.relation !== 'spouse') return;
    const other = source === id ? target : source;
    partners.set(other, { id: other, spouse: true, link: attributes.index });
  });
  for (const child of children) {
    for (const coParent of graph.inNeighbors(child)) {
      if (coParent !== id && !partners.has(coParent))
        partners.set(coParent, { id: coParent, spouse: false, link: null });
    }
  }
  const siblings = new Map<string, Sibling>();
  const mine = new Set(parents);
  for (const parent of parents) {
    for (const sibling of graph.outNeighbors(parent)) {
      if (sibling === id || siblings.has(sibling)) continue;
      const theirs = new Set(graph.inNeighbors(sibling));
      const half = mine.size !== theirs.size || [...mine].some((p) => !theirs.has(p));
      siblings.set(sibling, { id: sibling, half });
    }
  }
  const byBirth = (a: string, b: string) => birthKey(graph, a) - birthKey(graph, b) || a.localeCompare(b);
  return {
    parents: parents.sort((a, b) => sexOrder(graph, a) - sexOrder(graph, b) || byBirth(a, b)),
    partners: [...partners.values()].sort((a, b) => byBirth(a.id, b.id)),
    children: children.sort(byBirth),
    siblings: [...siblings.values()].sort((a, b) => byBirth(a.id, b.id)),
  };
}

/** Everyone `familyOf` names but siblings: who a selection highlights. */
export function closeFamily(family: Family): string[] {
  return [...family.parents, ...family.partners.map((p) => p.id), ...family.children];
}

function birthKey(graph: ViewGraph, id: string): number {
  const birth = graph.getNodeAttribute(id, 'birth');
  if (!birth) return Number.POSITIVE_INFINITY;
  return birth.year * 10_000 + (birth.month ?? 0) * 100 + (birth.day ?? 0);
}

function sexOrder(graph: ViewGraph, id: string): number {
  const sex = graph.getNodeAttribute(id, 'sex');
  return sex === 'male' ? 0 : sex === 'female' ? 1 : 2;
}
