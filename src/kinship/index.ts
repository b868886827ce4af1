/**
 * Kinship: how two people are related.
 * - `relate(graph, a, b, options)`: pure analysis of a family graph you already have.
 * - `findKinship(source, a, b, options)`: fetches only what the answer needs from a PersonSource.
 * The building blocks (ancestries, common ancestors, naming, coefficient, shortest path) are
 * exported for research scripts.
 */
export { relate, type RelateOptions } from './relate.js';
export { findKinship, DEFAULT_MAX_PATH_PEOPLE, type FindKinshipOptions, type KinshipSearchResult } from './search.js';
export type {
  CousinDegree,
  FamilyPath,
  KinshipResult,
  NonBirthLink,
  PathStep,
  Relationship,
  RelationshipKind,
} from './types.js';
export { ancestryOf, generationsOf, MAX_LINES, type Ancestry, type Lineage } from './ancestors.js';
export { commonAncestors, lowestCommonAncestors, forEachMeetingPair } from './lowest-common-ancestors.js';
export { groupCouples, type AncestorGroup, type LinePair } from './couples.js';
export { bloodRelationships, relationshipName } from './blood.js';
export { bloodName, cousinDegree, neutralBloodName, ordinalWord, type NameSpec } from './naming.js';
export { coefficientOfRelationship, type Coefficient } from './coefficient.js';
export { inLawRelationships } from './in-law.js';
export { spouseRelationship, spousesOf } from './spouses.js';
export { shortestFamilyPath, DEFAULT_MAX_PATH_LENGTH } from './shortest-path.js';
export { kinshipSubgraph } from './subgraph.js';
export { compareRelationships, isByDescent } from './order.js';
export { ADOPTIVE_KINSHIP_TYPES } from './link-kind.js';
export { DEFAULT_IN_LAW_GENERATIONS, DEFAULT_MAX_GENERATIONS } from './options.js';
