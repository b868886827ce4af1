import { UsageError } from '../errors.js';
import { parseItemId, type ItemId } from '../ids.js';

export type Direction = 'both' | 'up' | 'down';
export type Relation = 'parent' | 'child' | 'spouse';

export interface CrawlPlan {
  seeds: ItemId[];
  /** Family links from the nearest seed, at most. */
  depth: number;
  direction: Direction;
  /** Follow P26 spouse links as well. */
  spouses: boolean;
  /** Stop at a level boundary before the graph would exceed this many people. */
  maxPeople: number;
}

export interface CrawlPlanInput {
  seeds: readonly string[];
  depth?: unknown;
  up?: boolean;
  down?: boolean;
  relations?: readonly string[] | string;
  maxPeople?: unknown;
}

export const DEFAULT_DEPTH = 2;
const RELATIONS: readonly string[] = ['parent', 'child', 'spouse'];

/** Validates user input into a CrawlPlan; every problem is a one-line UsageError. */
export function makeCrawlPlan(input: CrawlPlanInput): CrawlPlan {
  if (input.seeds.length === 0)
    throw new UsageError(
      'INVALID_OPTION',
      'Expected at least one seed (a Q-id like Q9439 or a Wikidata URL), got none',
    );
  const seeds = [...new Set(input.seeds.map((s) => parseItemId(String(s))))];
  const depth = wholeNumber('--depth', input.depth ?? DEFAULT_DEPTH, 0);
  const maxPeople =
    input.maxPeople === undefined ? Number.POSITIVE_INFINITY : wholeNumber('--max-people', input.maxPeople, 1);
  if (input.up && input.down)
    throw new UsageError('INVALID_OPTION', 'Use --up or --down, not both (both directions is the default)');
  const relations = parseRelations(input.relations);
  const direction: Direction = input.up ? 'up' : input.down ? 'down' : 'both';
  return { seeds, depth, direction, spouses: relations.includes('spouse'), maxPeople };
}

function parseRelations(value: CrawlPlanInput['relations']): Relation[] {
  if (value === undefined) return ['parent', 'child'];
  const list = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  for (const item of list) {
    if (!RELATIONS.includes(item))
      throw new UsageError(
        'INVALID_OPTION',
        `Expected --relations from ${RELATIONS.join(', ')}, got ${JSON.stringify(item)}`,
      );
  }
  return [...new Set(['parent', 'child', ...list])] as Relation[];
}

function wholeNumber(flag: string, value: unknown, min: number): number {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number < min) {
    throw new UsageError(
      'INVALID_OPTION',
      `Expected ${flag} to be a whole number from ${min} and up, got ${JSON.stringify(value)}`,
    );
  }
  return number;
}
