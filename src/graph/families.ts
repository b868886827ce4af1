/**
 * Family units: the couples (or single parents) from whom children hang, as genealogists draw
 * them and as GEDCOM records them (one FAM per couple). Built from parent edges: the children
 * who share the same parents form one unit, so full siblings stay together and half-siblings
 * hang from their other parent's second unit. A child's birth parents and non-birth (adoptive,
 * step...) parents are paired separately; an adopted child of a couple joins that couple's unit,
 * marked in `nonBirthChildren`. A child with one known parent hangs from a unit with that parent
 * alone. Spouse edges without common children become childless units.
 */
import type { FamilyGraph, PersonAttributes } from './types.js';
import type { PartialDate } from '../person/types.js';

export interface FamilyUnit {
  /** Stable id: the parent keys joined by `+`. */
  key: string;
  /** One or two parents; father (or male) first. */
  parents: string[];
  /** Children ordered by birth date (unknown last), then by key. */
  children: string[];
  /** Children whose links to these parents are not birth links (P1039 kinship type present). */
  nonBirthChildren: string[];
  /** Key of the spouse edge between the two parents, if there is one. */
  spouseEdge: string | null;
}

interface ParentLink {
  parent: string;
  role: number;
}

export function familyUnits(graph: FamilyGraph): FamilyUnit[] {
  const units = new Map<string, FamilyUnit>();
  graph.forEachNode((child) => {
    const birth: ParentLink[] = [];
    const other: ParentLink[] = [];
    graph.forEachInEdge(child, (_edge, attrs, parent) => {
      const role =
        attrs.relation === 'father' ? 0 : attrs.relation === 'mother' ? 1 : sexRole(graph.getNodeAttributes(parent));
      (attrs.nonBirth ? other : birth).push({ parent, role });
    });
    for (const [links, nonBirth] of [
      [birth, false],
      [other, true],
    ] as const) {
      for (const group of pairParents(graph, links)) {
        const key = group.join('+');
        let unit = units.get(key);
        if (!unit) {
          unit = { key, parents: group, children: [], nonBirthChildren: [], spouseEdge: spouseEdgeOf(graph, group) };
          units.set(key, unit);
        }
        if (unit.children.includes(child)) continue;
        unit.children.push(child);
        if (nonBirth) unit.nonBirthChildren.push(child);
      }
    }
  });
  graph.forEachUndirectedEdge((edge, _attrs, a, b) => {
    if (units.has(`${a}+${b}`) || units.has(`${b}+${a}`)) return;
    const group = orderCouple(graph, a, b);
    const key = group.join('+');
    units.set(key, { key, parents: group, children: [], nonBirthChildren: [], spouseEdge: edge });
  });
  const list = [...units.values()];
  for (const unit of list) {
    unit.children.sort((x, y) => compareByBirth(graph, x, y));
    unit.nonBirthChildren.sort((x, y) => compareByBirth(graph, x, y));
  }
  return list.sort((x, y) => compareKeys(x.key, y.key));
}

/** Pairs a child's parents into couples: spouses first, then father with mother; the rest alone. */
function pairParents(graph: FamilyGraph, links: ParentLink[]): string[][] {
  if (links.length === 0) return [];
  const sorted = [...links].sort((x, y) => x.role - y.role || compareKeys(x.parent, y.parent));
  if (sorted.length === 1) return [[sorted[0]!.parent]];
  if (sorted.length === 2) return [orderCouple(graph, sorted[0]!.parent, sorted[1]!.parent)];
  const left = sorted.map((l) => l.parent);
  const groups: string[][] = [];
  while (left.length > 0) {
    const first = left.shift()!;
    let partner = left.findIndex((p) => graph.hasUndirectedEdge(first, p));
    if (partner < 0) partner = left.findIndex((p) => roleOf(sorted, p) !== roleOf(sorted, first));
    if (partner < 0) groups.push([first]);
    else groups.push(orderCouple(graph, first, left.splice(partner, 1)[0]!));
  }
  return groups;
}

function roleOf(links: ParentLink[], parent: string): number {
  return links.find((l) => l.parent === parent)?.role ?? 2;
}

function orderCouple(graph: FamilyGraph, a: string, b: string): string[] {
  const ra = sexRole(graph.getNodeAttributes(a));
  const rb = sexRole(graph.getNodeAttributes(b));
  return ra < rb || (ra === rb && compareKeys(a, b) <= 0) ? [a, b] : [b, a];
}

function sexRole(person: PersonAttributes): number {
  return person.sex === 'male' ? 0 : person.sex === 'female' ? 1 : 2;
}

function spouseEdgeOf(graph: FamilyGraph, group: string[]): string | null {
  if (group.length !== 2) return null;
  return graph.undirectedEdge(group[0]!, group[1]!) ?? null;
}

/** Numeric Q-id order (Q2 before Q10); other keys by code point. */
export function compareKeys(a: string, b: string): number {
  const na = /^Q\d+$/.test(a) ? Number(a.slice(1)) : NaN;
  const nb = /^Q\d+$/.test(b) ? Number(b.slice(1)) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Birth order: by signed year, month, day; people without a birth date last; then by key. */
export function compareByBirth(graph: FamilyGraph, a: string, b: string): number {
  const da = graph.getNodeAttribute(a, 'birth');
  const db = graph.getNodeAttribute(b, 'birth');
  return compareDates(da, db) || compareKeys(a, b);
}

function compareDates(a: PartialDate | null, b: PartialDate | null): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
