import type { ItemId } from '../ids.js';
import type { FamilyLink, Person } from '../person/types.js';
import type { ReverseKinds } from '../wikidata/reverse-queries.js';
import type { CrawlPlan } from './options.js';

type FrontierPlan = Pick<CrawlPlan, 'direction' | 'spouses' | 'reverse'>;

/** The ids one person links to, under the plan's direction and relations (pure). */
export function neighbours(person: Person, plan: Pick<CrawlPlan, 'direction' | 'spouses'>): ItemId[] {
  const links: FamilyLink[] = [];
  if (plan.direction !== 'down') links.push(...person.fathers.links, ...person.mothers.links);
  if (plan.direction !== 'up') links.push(...person.children.links);
  if (plan.spouses) links.push(...person.spouses.links);
  return links.map((link) => link.target);
}

/**
 * The links to look up the other way round for a level (pure): children who name their parent
 * (going down), parents who name their child (going up), spouses; none with `--no-reverse`.
 */
export function reverseKinds(plan: FrontierPlan): ReverseKinds | undefined {
  if (!plan.reverse) return undefined;
  return { children: plan.direction !== 'up', parents: plan.direction !== 'down', spouses: plan.spouses };
}

export interface Frontier {
  ids: ItemId[];
  /** Ids found only by a reverse lookup: kept once fetched only if they really point back. */
  reverseOnly: Set<ItemId>;
}

/**
 * The next BFS level (pure): every neighbour of this level's people not yet requested, then every
 * item found pointing at them by a reverse lookup, in a stable order (first seen first), each once.
 */
export function nextFrontier(
  levelPeople: readonly Person[],
  requested: ReadonlySet<ItemId>,
  plan: Pick<CrawlPlan, 'direction' | 'spouses'>,
  linkedFrom: readonly ItemId[] = [],
): Frontier {
  const ids: ItemId[] = [];
  const seen = new Set<ItemId>();
  for (const person of levelPeople) {
    for (const id of neighbours(person, plan)) {
      if (requested.has(id) || seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
    }
  }
  const reverseOnly = new Set<ItemId>();
  for (const id of linkedFrom) {
    if (requested.has(id) || seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
    reverseOnly.add(id);
  }
  return { ids, reverseOnly };
}

/**
 * Whether a person found by a reverse lookup does state a link to someone of the level it was
 * looked up for (pure). The search index lags edits by minutes: a hit whose statement is gone is
 * not family.
 */
export function pointsBack(person: Person, level: ReadonlySet<ItemId>, kinds: ReverseKinds): boolean {
  const links: FamilyLink[] = [];
  if (kinds.children) links.push(...person.fathers.links, ...person.mothers.links);
  if (kinds.parents) links.push(...person.children.links);
  if (kinds.spouses) links.push(...person.spouses.links);
  return links.some((link) => level.has(link.target));
}
