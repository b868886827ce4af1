import { UsageError } from '../errors.js';
import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { ancestryOf } from './ancestors.js';
import { bloodRelationships } from './blood.js';
import { coefficientOfRelationship } from './coefficient.js';
import { inLawRelationships } from './in-law.js';
import { MAX_PAIRS } from './lowest-common-ancestors.js';
import { descentMessage, pairsMessage, pathMessage } from './messages.js';
import { checkDistinct, checkWholeNumber, DEFAULT_IN_LAW_GENERATIONS, DEFAULT_MAX_GENERATIONS } from './options.js';
import { compareRelationships } from './order.js';
import { DEFAULT_MAX_PATH_LENGTH, shortestFamilyPath } from './shortest-path.js';
import { spouseRelationship } from './spouses.js';
import type { FamilyPath, KinshipResult } from './types.js';

export interface RelateOptions {
  /** Generations searched up from each person (default 10). */
  maxGenerations?: number;
  /** Generations up from a spouse / to a relative for in-law relationships (default 2; 0: none). */
  inLawGenerations?: number;
  /** When to look for the shortest chain of family links: only without a blood relationship (default), always, never. */
  shortestPath?: 'fallback' | 'always' | 'never';
  /** Bound on that chain's length in links (default 12). */
  maxPathLength?: number;
}

/**
 * How B is related to A in a family graph: every relationship by descent (blood, half, double,
 * adoptive) through the lowest common ancestors within `maxGenerations`, closest first; spouse;
 * in-laws through one marriage; Wright's coefficient of relationship; and, when there is no
 * relationship by descent, the shortest chain of family links. Pure: reads the graph only.
 *
 * @throws UsageError INVALID_OPTION for the same person twice or a bad option,
 *   MISSING_ENTITY when a person is not in the graph.
 */
export function relate(graph: FamilyGraph, a: ItemId, b: ItemId, options: RelateOptions = {}): KinshipResult {
  checkDistinct(a, b);
  for (const id of [a, b]) {
    if (!graph.hasNode(id)) throw new UsageError('MISSING_ENTITY', `${id} is not in the family graph`);
  }
  const maxGenerations = checkWholeNumber('maxGenerations', options.maxGenerations ?? DEFAULT_MAX_GENERATIONS, 1, 64);
  const inLawGenerations = checkWholeNumber(
    'inLawGenerations',
    options.inLawGenerations ?? DEFAULT_IN_LAW_GENERATIONS,
    0,
    8,
  );
  const maxPathLength = checkWholeNumber('maxPathLength', options.maxPathLength ?? DEFAULT_MAX_PATH_LENGTH, 1, 1000);

  const ancestryA = ancestryOf(graph, a, maxGenerations);
  const ancestryB = ancestryOf(graph, b, maxGenerations);
  const byDescent = bloodRelationships(graph, a, b, ancestryA, ancestryB);
  const spouse = spouseRelationship(graph, a, b);
  const byMarriage = inLawGenerations > 0 ? inLawRelationships(graph, a, b, byDescent, inLawGenerations) : [];
  const relationships = [...byDescent, ...(spouse ? [spouse] : []), ...byMarriage].sort(compareRelationships);

  const coefficient = coefficientOfRelationship(ancestryA, ancestryB);
  const messages: string[] = [];
  const ancestryCut = ancestryA.cut || ancestryB.cut;
  if (!coefficient.complete) messages.push(pairsMessage(MAX_PAIRS));
  const descent = descentMessage(byDescent.length, ancestryCut, maxGenerations);
  if (descent) messages.push(descent);

  const mode = options.shortestPath ?? 'fallback';
  let shortestPath: FamilyPath | null = null;
  let pathCut = false;
  if (mode === 'always' || (mode === 'fallback' && byDescent.length === 0)) {
    const found = shortestFamilyPath(graph, a, b, maxPathLength);
    shortestPath = found.path;
    pathCut = found.cut;
    if (!found.path) messages.push(pathMessage(found.cut, maxPathLength));
  }

  return {
    a,
    b,
    relationships,
    coefficient: coefficient.coefficient,
    shortestPath,
    maxGenerations,
    limitReached: ancestryCut || pathCut || !coefficient.complete,
    messages,
  };
}
