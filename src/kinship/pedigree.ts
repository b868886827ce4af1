/**
 * The pedigree of one or two people truncated at a generation bound: everyone within that many
 * generations of a root (shortest distance), as a directed acyclic graph over small indices.
 * Older ancestors are left out, so the people at the edge are founders. Every computation of
 * kinship (lines, names, path sum, φ, F, pedigree collapse) reads this one structure. Pure.
 */
import { compareItemIds, type ItemId } from '../ids.js';
import type { EdgeRelation, FamilyGraph } from '../graph/types.js';
import { linkKind, type LinkKind } from './link-kind.js';

/** A parent link inside the pedigree. */
export interface PedigreeLink {
  parent: number;
  kind: LinkKind;
  kinshipType: ItemId[];
}

/** A recorded link the pedigree does not use, and why. */
export interface IgnoredLink {
  parent: ItemId;
  child: ItemId;
  /** `cycle`: it closes an ancestry cycle; `extra-parent`: a third birth parent (the coefficients use two). */
  reason: 'cycle' | 'extra-parent';
}

export interface Pedigree {
  roots: ItemId[];
  maxGenerations: number;
  /** Everyone in the pedigree, every parent before each of its children. */
  ids: ItemId[];
  index: ReadonlyMap<ItemId, number>;
  /** Parent links inside the pedigree, by child index, parents in Q-id order. */
  parents: PedigreeLink[][];
  /** The parents the coefficients use (birth links, at most one father and one mother); -1: unknown. */
  father: Int32Array;
  mother: Int32Array;
  /** Generations up from the nearest root. */
  distance: Int32Array;
  /** Someone in the pedigree has a recorded parent outside it (the bound cut it off). */
  cut: boolean;
  ignored: IgnoredLink[];
}

interface RawLink {
  parent: ItemId;
  kinshipType: ItemId[];
  relation: EdgeRelation;
  preferred: boolean;
}

/** Parents of a person in the graph, in Q-id order (spouse edges are not parent links). */
export function graphParents(graph: FamilyGraph, child: ItemId): RawLink[] {
  const found: RawLink[] = [];
  graph.forEachInEdge(child, (_edge, attributes, source) => {
    if (attributes.relation === 'spouse') return;
    found.push({
      parent: source as ItemId,
      kinshipType: attributes.kinshipType,
      relation: attributes.relation,
      preferred: attributes.rank === 'preferred',
    });
  });
  return found.sort((x, y) => compareItemIds(x.parent, y.parent));
}

/** Everyone within `maxGenerations` of a root, with the shortest distance. */
function withinBound(graph: FamilyGraph, roots: readonly ItemId[], maxGenerations: number): Map<ItemId, number> {
  const distance = new Map<ItemId, number>();
  let frontier = [...new Set(roots)];
  for (const id of frontier) distance.set(id, 0);
  for (let g = 1; g <= maxGenerations && frontier.length > 0; g += 1) {
    const next: ItemId[] = [];
    for (const id of frontier) {
      for (const link of graphParents(graph, id)) {
        if (distance.has(link.parent)) continue;
        distance.set(link.parent, g);
        next.push(link.parent);
      }
    }
    frontier = next;
  }
  return distance;
}

/**
 * The pedigree of `roots` within `maxGenerations` in `graph` (roots must be nodes). A link that
 * would close an ancestry cycle is left out and listed in `ignored`.
 */
export function truncatedPedigree(graph: FamilyGraph, roots: readonly ItemId[], maxGenerations: number): Pedigree {
  const distance = withinBound(graph, roots, maxGenerations);
  const members = [...distance.keys()];
  const links = new Map<ItemId, RawLink[]>();
  let cut = false;
  for (const id of members) {
    const all = graphParents(graph, id);
    if (all.some((link) => !distance.has(link.parent))) cut = true;
    links.set(
      id,
      all.filter((link) => distance.has(link.parent)),
    );
  }
  const ignored: IgnoredLink[] = [];
  const order = topologicalOrder(members, links, ignored);
  const index = new Map(order.map((id, i) => [id, i]));
  const n = order.length;
  const pedigree: Pedigree = {
    roots: [...roots],
    maxGenerations,
    ids: order,
    index,
    parents: order.map((id) =>
      (links.get(id) ?? []).map((link) => ({
        parent: index.get(link.parent)!,
        kind: linkKind(link.kinshipType),
        kinshipType: link.kinshipType,
      })),
    ),
    father: new Int32Array(n).fill(-1),
    mother: new Int32Array(n).fill(-1),
    distance: Int32Array.from(order, (id) => distance.get(id)!),
    cut,
    ignored,
  };
  order.forEach((id, i) => chooseBirthParents(pedigree, i, links.get(id) ?? [], ignored));
  return pedigree;
}

/** Parents before children; a link to someone still on the walk's stack closes a cycle and is dropped. */
function topologicalOrder(members: ItemId[], links: Map<ItemId, RawLink[]>, ignored: IgnoredLink[]): ItemId[] {
  const state = new Map<ItemId, 1 | 2>(); // 1 on the stack, 2 done
  const order: ItemId[] = [];
  for (const start of members) {
    if (state.has(start)) continue;
    const stack: Array<{ id: ItemId; next: number }> = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const own = links.get(top.id)!;
      if (top.next < own.length) {
        const link = own[top.next]!;
        top.next += 1;
        const seen = state.get(link.parent);
        if (seen === 1) {
          ignored.push({ parent: link.parent, child: top.id, reason: 'cycle' });
          own.splice(top.next - 1, 1);
          top.next -= 1;
        } else if (seen === undefined) {
          state.set(link.parent, 1);
          stack.push({ id: link.parent, next: 0 });
        }
        continue;
      }
      state.set(top.id, 2);
      order.push(top.id);
      stack.pop();
    }
  }
  return order;
}

const byRank = (x: RawLink, y: RawLink) =>
  Number(y.preferred) - Number(x.preferred) || compareItemIds(x.parent, y.parent);

/** One father and one mother among the birth links (preferred rank, then Q-id); a "parent" fills a free slot. */
function chooseBirthParents(pedigree: Pedigree, child: number, links: RawLink[], ignored: IgnoredLink[]): void {
  const birth = links.filter((link) => link.kinshipType.length === 0).sort(byRank);
  const fathers = birth.filter((link) => link.relation === 'father');
  const mothers = birth.filter((link) => link.relation === 'mother');
  const others = birth.filter((link) => link.relation === 'parent');
  const father = fathers.shift() ?? others.shift();
  const mother = mothers.shift() ?? others.shift();
  if (father) pedigree.father[child] = pedigree.index.get(father.parent)!;
  if (mother) pedigree.mother[child] = pedigree.index.get(mother.parent)!;
  for (const extra of [...fathers, ...mothers, ...others]) {
    ignored.push({ parent: extra.parent, child: pedigree.ids[child]!, reason: 'extra-parent' });
  }
}
