/**
 * Kinship: how two people are related, and how a pedigree collapses. The public library API.
 * - `relate(graph, a, b, options)`: pure analysis of a family graph you already have (no Node
 *   imports reachable from it: usable in a browser).
 * - `findKinship(source, a, b, options)`: fetches only what the answer needs from a PersonSource.
 * - `findPedigree(source, id, options)` / `pedigreeCollapse(graph, id, generations)`: implex and F.
 * - `shareSource(source)`: one PersonSource shared by many questions (`wdkin kinship --pairs`).
 *
 * Where each idea lives (one file each):
 *   bounds.ts                  defaults and validation of every bound (relate, findKinship, CLI)
 *   pedigree.ts                the truncated pedigree (a DAG over small indices) all numbers read
 *   lines.ts                   every line up from one person, as a trie
 *   lowest-common-ancestors.ts pairs of lines meeting only at their top (line-classes.ts groups the lines)
 *   couples.ts                 one relationship per ancestor couple (or single ancestor) and generations
 *   half.ts                    "half" only with evidence
 *   naming.ts, degrees.ts      names of relationships; the per-degree summary ("double", "in N ways")
 *   coefficients.ts            φ, F and Wright's r by recursion
 *   blood.ts, spouses.ts, in-law.ts, order.ts   relationships by descent, by marriage; closest first
 *   relate.ts                  everything above over a graph in memory
 *   expand-ancestors.ts        findKinship's level-by-level fetch of both ancestries (closest.ts: when to stop)
 *   fetch-family-path.ts       findKinship's fallback: shortest family path, fetching as it goes
 *   graph-shortest-path.ts     relate's fallback: shortest family path in a graph in memory
 *   find-kinship.ts            findKinship
 *   pedigree-collapse.ts, find-pedigree.ts   implex per generation, most repeated ancestors
 */
export { relate, type RelateOptions } from './relate.js';
export { findKinship, type FindKinshipOptions, type KinshipSearchResult } from './find-kinship.js';
export type {
  CousinDegree,
  DegreeSummary,
  FamilyPath,
  KinshipResult,
  NonBirthLink,
  PathStep,
  PedigreeCoverage,
  Relationship,
  RelationshipKind,
} from './types.js';
export {
  DEFAULT_IN_LAW_GENERATIONS,
  DEFAULT_MAX_GENERATIONS,
  DEFAULT_MAX_PATH_LENGTH,
  DEFAULT_MAX_PATH_PEOPLE,
  DEFAULT_SHOWN_RELATIONSHIPS,
  MAX_GENERATIONS,
  kinshipBounds,
  type KinshipBoundOptions,
  type KinshipBounds,
} from './bounds.js';
export { truncatedPedigree, type Pedigree, type PedigreeLink, type IgnoredLink } from './pedigree.js';
export { KinshipCoefficients, kinshipNumbers, standardised, type KinshipNumbers } from './coefficients.js';
export { linesFrom, lineIds, type LineTrie } from './lines.js';
export { commonAncestors, forEachMeetingPair, MAX_LINES, MAX_CLASS_PAIRS } from './lowest-common-ancestors.js';
export type { LineClass } from './line-classes.js';
export { groupCouples, type AncestorGroup } from './couples.js';
export { halfEvidence, type HalfEvidence } from './half.js';
export { bloodRelationships, relationshipsByDescent, type Descent } from './blood.js';
export {
  bloodName,
  cousinDegree,
  neutralBloodName,
  ordinalWord,
  relationshipName,
  type NameSpec,
  type RelationshipSpec,
} from './naming.js';
export { degreeLabel, summarizeDegrees } from './degrees.js';
export { inLawRelationships } from './in-law.js';
export { spouseRelationship, spousesOf } from './spouses.js';
export { shortestFamilyPath } from './graph-shortest-path.js';
export { kinshipSubgraph } from './subgraph.js';
export { compareRelationships, isByDescent } from './order.js';
export { ADOPTIVE_KINSHIP_TYPES } from './link-kind.js';
export {
  inbreedingWithin,
  pedigreeCollapse,
  type PedigreeReport,
  type GenerationRow,
  type RepeatedAncestor,
} from './pedigree-collapse.js';
export { findPedigree, type FindPedigreeOptions, type PedigreeSearchResult } from './find-pedigree.js';
export { shareSource } from './shared-source.js';
export { parsePairList, type PairLine } from './pair-list.js';
