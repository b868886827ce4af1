import { UsageError } from '../errors.js';
import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { relationshipsByDescent } from './blood.js';
import { checkDistinct, kinshipBounds, type KinshipBoundOptions } from './bounds.js';
import { kinshipNumbers } from './coefficients.js';
import { summarizeDegrees } from './degrees.js';
import { shortestFamilyPath } from './graph-shortest-path.js';
import { inLawRelationships } from './in-law.js';
import { descentMessage, ignoredLinkMessages, LINES_MESSAGE, pathMessage } from './messages.js';
import { compareRelationships } from './order.js';
import { truncatedPedigree } from './pedigree.js';
import { spouseRelationship } from './spouses.js';
import type { FamilyPath, KinshipResult } from './types.js';

export interface RelateOptions extends KinshipBoundOptions {
  /** When to look for the shortest chain of family links: only without a relationship by descent (default), always, never. */
  shortestPath?: 'fallback' | 'always' | 'never';
  /**
   * Recorded birth parents of a person when the graph may lack some (people not fetched): read
   * only to tell whether an other parent is recorded ("half", half.ts). Default: the graph's links.
   */
  recordedParents?: (id: ItemId) => readonly ItemId[];
  /** The graph itself stops short of some ancestors (a search stopped there): say so as a cut. */
  truncated?: boolean;
  /** Caps on the enumeration of lines (tests; defaults in lowest-common-ancestors.ts). */
  lineLimits?: { maxLines?: number; maxClassPairs?: number };
}

/**
 * How B is related to A in a family graph, over the pedigree of both truncated at
 * `maxGenerations` (everyone within that many generations of A or of B):
 * - every relationship by descent (blood, adoptive, non-birth), one per ancestor couple or single
 *   ancestor and generations, closest first, with its lines and paths, "half" only with evidence;
 * - the per-degree summary ("double first cousin");
 * - the four numbers: path sum, kinship coefficient φ, inbreeding F of both, Wright's r;
 * - spouse, and in-law and step relationships through one marriage;
 * - when there is no relationship by descent, the shortest chain of family links.
 * Pure: reads the graph only, imports nothing from Node.
 *
 * @throws UsageError INVALID_OPTION for the same person twice or a bad option,
 *   MISSING_ENTITY when a person is not in the graph.
 */
export function relate(graph: FamilyGraph, a: ItemId, b: ItemId, options: RelateOptions = {}): KinshipResult {
  checkDistinct(a, b);
  for (const id of [a, b]) {
    if (!graph.hasNode(id)) throw new UsageError('MISSING_ENTITY', `${id} is not in the family graph`);
  }
  const bounds = kinshipBounds(options);
  const pedigree = truncatedPedigree(graph, [a, b], bounds.maxGenerations);
  const cut = pedigree.cut || (options.truncated ?? false);
  const descent = relationshipsByDescent(graph, pedigree, a, b, {
    ...options.lineLimits,
    ...(options.recordedParents ? { recordedParents: options.recordedParents } : {}),
  });
  const numbers = kinshipNumbers(pedigree, a, b, descent.pathSum);
  const spouse = spouseRelationship(graph, a, b);
  const byMarriage =
    bounds.inLawGenerations > 0
      ? inLawRelationships(graph, a, b, descent.relationships, bounds.inLawGenerations, options.recordedParents)
      : [];
  const shown = descent.relationships.slice(0, bounds.maxRelationships);

  const messages: string[] = [];
  if (!descent.complete) messages.push(LINES_MESSAGE);
  const note = descentMessage(descent.relationships.length, cut, bounds.maxGenerations);
  if (note) messages.push(note);
  messages.push(...ignoredLinkMessages(pedigree.ignored));

  const mode = options.shortestPath ?? 'fallback';
  let shortestPath: FamilyPath | null = null;
  let pathCut = false;
  if (mode === 'always' || (mode === 'fallback' && descent.relationships.length === 0)) {
    const found = shortestFamilyPath(graph, a, b, bounds.maxPathLength);
    shortestPath = found.path;
    pathCut = found.cut;
    if (!found.path) messages.push(pathMessage(found.cut, bounds.maxPathLength));
  }

  return {
    a,
    b,
    relationships: [...shown, ...[...(spouse ? [spouse] : []), ...byMarriage].sort(compareRelationships)],
    moreRelationships: descent.relationships.length - shown.length,
    degrees: summarizeDegrees(descent.relationships),
    ...numbers,
    pedigree: {
      generations: bounds.maxGenerations,
      people: pedigree.ids.length,
      linePairs: descent.linePairs,
      allLines: descent.complete,
      cut,
    },
    shortestPath,
    maxGenerations: bounds.maxGenerations,
    limitReached: cut || pathCut || !descent.complete,
    messages,
  };
}
