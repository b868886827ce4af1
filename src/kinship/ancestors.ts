import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import type { NonBirthLink } from './types.js';

/** One line of descent read upwards: the person first, the ancestor last. */
export interface Lineage {
  /** Length = generations + 1. No person appears twice (cycles in the data are cut). */
  people: ItemId[];
  /** The links on this line that are not plain birth links. */
  nonBirth: NonBirthLink[];
}

/**
 * Every ancestor of one person within a number of generations, with every line that reaches it.
 * Through pedigree collapse an ancestor can be reached at several generation counts and by several
 * lines at the same count: `lines.get(ancestor)` maps each distinct generation count to its lines.
 * The person itself is its own ancestor at generation 0.
 */
export interface Ancestry {
  root: ItemId;
  maxGenerations: number;
  lines: Map<ItemId, Map<number, Lineage[]>>;
  /** Some ancestor at `maxGenerations` has parents in the graph, or the line cap was hit. */
  cut: boolean;
}

/** Upper bound on lines kept per ancestry (2^18: 17 full generations), against explosion on bad data. */
export const MAX_LINES = 262_144;

export interface ParentLink {
  parent: ItemId;
  kinshipType: ItemId[];
}

/** Parents of a person in the graph, in Q-id order, with the P1039 types of each link. */
export function parentLinks(graph: FamilyGraph, child: ItemId): ParentLink[] {
  const found: ParentLink[] = [];
  graph.forEachInEdge(child, (_edge, attributes, source) => {
    if (attributes.relation !== 'spouse') found.push({ parent: source as ItemId, kinshipType: attributes.kinshipType });
  });
  return found.sort((x, y) => compareItemIds(x.parent, y.parent));
}

/** Walks every line up from `root` (depth first, Q-id order); terminates on cycles. */
export function ancestryOf(graph: FamilyGraph, root: ItemId, maxGenerations: number): Ancestry {
  const lines = new Map<ItemId, Map<number, Lineage[]>>();
  let cut = false;
  let count = 1;
  const stack: Lineage[] = [{ people: [root], nonBirth: [] }];
  while (stack.length > 0) {
    const line = stack.pop()!;
    const top = line.people[line.people.length - 1]!;
    const generation = line.people.length - 1;
    record(lines, top, generation, line);
    const parents = parentLinks(graph, top);
    if (generation >= maxGenerations) {
      if (parents.length > 0) cut = true;
      continue;
    }
    for (const link of [...parents].reverse()) {
      if (line.people.includes(link.parent)) continue; // a cycle in the data: never walk it twice
      if (count >= MAX_LINES) {
        cut = true;
        break;
      }
      count += 1;
      const nonBirth =
        link.kinshipType.length > 0
          ? [...line.nonBirth, { parent: link.parent, child: top, kinshipType: [...link.kinshipType] }]
          : line.nonBirth;
      stack.push({ people: [...line.people, link.parent], nonBirth });
    }
  }
  return { root, maxGenerations, lines, cut };
}

function record(lines: Ancestry['lines'], ancestor: ItemId, generation: number, line: Lineage): void {
  let byGeneration = lines.get(ancestor);
  if (!byGeneration) {
    byGeneration = new Map();
    lines.set(ancestor, byGeneration);
  }
  const list = byGeneration.get(generation);
  if (list) list.push(line);
  else byGeneration.set(generation, [line]);
}

/** The distinct generation counts at which `ancestor` appears, smallest first. */
export function generationsOf(ancestry: Ancestry, ancestor: ItemId): number[] {
  return [...(ancestry.lines.get(ancestor)?.keys() ?? [])].sort((x, y) => x - y);
}
