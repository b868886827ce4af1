/**
 * The bounds of a kinship search, shared by `relate`, `findKinship`, `findPedigree` and the CLI:
 * their defaults, their limits, and one validation that says what was expected and what arrived.
 */
import { UsageError } from '../errors.js';
import { parseWholeNumber } from '../whole-number.js';
import type { ItemId } from '../ids.js';

/** Generations of ancestors searched above each person. */
export const DEFAULT_MAX_GENERATIONS = 10;
export const MAX_GENERATIONS = 64;
/** In-law relationships look this many generations up from the spouse (2: grandparent, parent, sibling, uncle, nephew, cousin, child, grandchild). */
export const DEFAULT_IN_LAW_GENERATIONS = 2;
/** The shortest chain of family links looked for when there is no relationship by descent, in links. */
export const DEFAULT_MAX_PATH_LENGTH = 12;
/** People the shortest-path fallback may fetch. */
export const DEFAULT_MAX_PATH_PEOPLE = 2000;
/** Relationships by descent the text answer shows unless told otherwise. */
export const DEFAULT_SHOWN_RELATIONSHIPS = 10;

export interface KinshipBoundOptions {
  /** Generations searched up from each person (default 10). */
  maxGenerations?: number | string;
  /** Generations up from a spouse / to a relative for in-law relationships (default 2; 0: none). */
  inLawGenerations?: number | string;
  /** Bound on the shortest-path fallback, in family links (default 12). */
  maxPathLength?: number | string;
  /** Cap on people the shortest-path fallback may fetch (default 2000; `findKinship` only). */
  maxPathPeople?: number | string;
  /** Relationships by descent listed at most, closest first (default: all); the degree summary and the four numbers stay complete. */
  maxRelationships?: number | string;
}

/** The bounds, checked. (Options may give numbers as decimal strings, as the command line does.) */
export type KinshipBounds = { [K in keyof KinshipBoundOptions]-?: number };

const FLAGS: Record<keyof KinshipBoundOptions, string> = {
  maxGenerations: '--max-generations',
  inLawGenerations: '--in-law-generations',
  maxPathLength: '--max-path-length',
  maxPathPeople: '--max-path-people',
  maxRelationships: '--max-relationships',
};

/**
 * Validated bounds with defaults filled in (`maxRelationships` Infinity for all).
 * @param words `cli` names options as flags (`--max-generations`) in error messages.
 * @throws UsageError INVALID_OPTION
 */
/** Generations `wdkin pedigree` reads at most. */
export const MAX_PEDIGREE_GENERATIONS = 50;

export function kinshipBounds(options: KinshipBoundOptions = {}, words: 'library' | 'cli' = 'library'): KinshipBounds {
  const name = (key: keyof KinshipBoundOptions) => (words === 'cli' ? FLAGS[key] : key);
  const whole = (key: keyof KinshipBoundOptions, fallback: number, min: number, max: number) =>
    checkWholeNumber(name(key), options[key] ?? fallback, min, max);
  return {
    maxGenerations: whole('maxGenerations', DEFAULT_MAX_GENERATIONS, 1, MAX_GENERATIONS),
    inLawGenerations: whole('inLawGenerations', DEFAULT_IN_LAW_GENERATIONS, 0, 8),
    maxPathLength: whole('maxPathLength', DEFAULT_MAX_PATH_LENGTH, 1, 1000),
    maxPathPeople: whole('maxPathPeople', DEFAULT_MAX_PATH_PEOPLE, 0, 10_000_000),
    maxRelationships:
      options.maxRelationships === undefined || options.maxRelationships === Number.POSITIVE_INFINITY
        ? Number.POSITIVE_INFINITY
        : whole('maxRelationships', 0, 0, 1_000_000_000),
  };
}

/** A whole number within bounds (a number, or decimal digits from the command line), else a UsageError. */
export function checkWholeNumber(name: string, value: unknown, min: number, max: number): number {
  return parseWholeNumber(name, value, min, max);
}

/** A person cannot be related to themself: the same id twice is a UsageError. */
export function checkDistinct(a: ItemId, b: ItemId, detail = ''): void {
  if (a === b) {
    throw new UsageError('INVALID_OPTION', `Expected two different people, got the same person twice: ${a}${detail}`);
  }
}
