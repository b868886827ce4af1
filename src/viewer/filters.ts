/**
 * What the filters hide: people outside a generation range, the living or the dead, and people
 * who are in the graph only through marriage (spouses and their own families). Pure.
 */
import type { PartialDate } from '../person/types.js';
import type { ViewGraph } from './graph.js';

export type LifeFilter = 'all' | 'living' | 'dead';

export interface Filters {
  minGeneration: number;
  maxGeneration: number;
  life: LifeFilter;
  hideSpouses: boolean;
}

/** Without a death date, someone born more than this many years ago is taken to be dead. */
export const PRESUMED_DEAD_AFTER_YEARS = 110;

export type LifeStatus = 'living' | 'dead' | 'unknown';

/**
 * Dead: a death date is known, or they were born more than 110 years ago. Living: born within
 * the last 110 years with no death date. Unknown: no date at all (shown only under "everyone").
 */
export function lifeStatus(birth: PartialDate | null, death: PartialDate | null, currentYear: number): LifeStatus {
  if (death) return 'dead';
  if (!birth) return 'unknown';
  return currentYear - birth.year > PRESUMED_DEAD_AFTER_YEARS ? 'dead' : 'living';
}

/**
 * People related by descent to a seed: the seeds, their ancestors, and every descendant of
 * those. Everyone else came in through a marriage.
 */
export function bloodRelatives(graph: ViewGraph, seeds: readonly string[]): Set<string> {
  const ancestors = new Set<string>();
  const stack = seeds.filter((s) => graph.hasNode(s));
  for (const s of stack) ancestors.add(s);
  while (stack.length > 0) {
    const id = stack.pop()!;
    graph.forEachInNeighbor(id, (parent) => {
      if (!ancestors.has(parent)) {
        ancestors.add(parent);
        stack.push(parent);
      }
    });
  }
  const blood = new Set(ancestors);
  const down = [...ancestors];
  while (down.length > 0) {
    const id = down.pop()!;
    graph.forEachOutNeighbor(id, (child) => {
      if (!blood.has(child)) {
        blood.add(child);
        down.push(child);
      }
    });
  }
  return blood;
}

export interface FilterContext {
  graph: ViewGraph;
  /** Null when there is no seed (then nobody counts as married in). */
  blood: ReadonlySet<string> | null;
  currentYear: number;
}

/** The people the filters hide. */
export function hiddenPeople(filters: Filters, context: FilterContext): Set<string> {
  const hidden = new Set<string>();
  const { graph, blood, currentYear } = context;
  graph.forEachNode((id, person) => {
    if (person.generation < filters.minGeneration || person.generation > filters.maxGeneration) hidden.add(id);
    else if (filters.life !== 'all' && lifeStatus(person.birth, person.death, currentYear) !== filters.life)
      hidden.add(id);
    else if (filters.hideSpouses && blood && !blood.has(id)) hidden.add(id);
  });
  return hidden;
}

export function generationRange(graph: ViewGraph): [number, number] {
  let min = 0;
  let max = 0;
  let first = true;
  graph.forEachNode((_id, person) => {
    if (first || person.generation < min) min = person.generation;
    if (first || person.generation > max) max = person.generation;
    first = false;
  });
  return [min, max];
}

export function isFiltering(filters: Filters, range: readonly [number, number]): boolean {
  return (
    filters.minGeneration > range[0] ||
    filters.maxGeneration < range[1] ||
    filters.life !== 'all' ||
    filters.hideSpouses
  );
}
