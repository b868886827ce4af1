import type { ItemId } from '../ids.js';
import type { FamilyLink, Person } from '../person/types.js';
import type { CrawlPlan } from './options.js';

/** The ids one person links to, under the plan's direction and relations (pure). */
export function neighbours(person: Person, plan: Pick<CrawlPlan, 'direction' | 'spouses'>): ItemId[] {
  const links: FamilyLink[] = [];
  if (plan.direction !== 'down') links.push(...person.fathers.links, ...person.mothers.links);
  if (plan.direction !== 'up') links.push(...person.children.links);
  if (plan.spouses) links.push(...person.spouses.links);
  return links.map((link) => link.target);
}

/**
 * The next BFS level (pure): every neighbour of this level's people not yet requested, in a
 * stable order (first seen first), each once.
 */
export function nextFrontier(
  levelPeople: readonly Person[],
  requested: ReadonlySet<ItemId>,
  plan: Pick<CrawlPlan, 'direction' | 'spouses'>,
): ItemId[] {
  const next: ItemId[] = [];
  const seen = new Set<ItemId>();
  for (const person of levelPeople) {
    for (const id of neighbours(person, plan)) {
      if (requested.has(id) || seen.has(id)) continue;
      seen.add(id);
      next.push(id);
    }
  }
  return next;
}
