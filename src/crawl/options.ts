import { UsageError } from '../errors.js';
import { parseItemId, WIKIDATA_HOSTS, type ItemId } from '../ids.js';
import { parseWholeNumber } from '../whole-number.js';

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
  /** Also find links stated on the other side only (who names this person as parent, child, spouse). */
  reverse: boolean;
}

export interface CrawlPlanInput {
  seeds: readonly string[];
  depth?: unknown;
  up?: boolean;
  down?: boolean;
  relations?: readonly string[] | string;
  maxPeople?: unknown;
  /** Hosts whose item URLs are accepted as seeds (the Wikibase read; Wikidata's by default). */
  itemHosts?: readonly string[];
  /** Reverse lookups for links stated on one side only (default true; `--no-reverse` turns them off). */
  reverse?: boolean;
}

export const DEFAULT_DEPTH = 2;
/** Deeper than any recorded family (a generation is about 25 years). */
export const MAX_DEPTH = 1000;
const RELATIONS: readonly string[] = ['parent', 'child', 'spouse'];

/** Validates user input into a CrawlPlan; every problem is a one-line UsageError. */
export function makeCrawlPlan(input: CrawlPlanInput): CrawlPlan {
  if (input.seeds.length === 0)
    throw new UsageError(
      'INVALID_OPTION',
      'Expected at least one seed (a Q-id like Q9439 or a Wikidata URL), got none',
    );
  const seeds = [...new Set(input.seeds.map((s) => parseItemId(String(s), input.itemHosts ?? WIKIDATA_HOSTS)))];
  const depth = parseWholeNumber('--depth', input.depth ?? DEFAULT_DEPTH, 0, MAX_DEPTH);
  const maxPeople =
    input.maxPeople === undefined ? Number.POSITIVE_INFINITY : parseWholeNumber('--max-people', input.maxPeople, 1);
  if (input.up && input.down)
    throw new UsageError('INVALID_OPTION', 'Use --up or --down, not both (both directions is the default)');
  const relations = parseRelations(input.relations);
  const direction: Direction = input.up ? 'up' : input.down ? 'down' : 'both';
  return { seeds, depth, direction, spouses: relations.includes('spouse'), maxPeople, reverse: input.reverse ?? true };
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
