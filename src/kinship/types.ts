/**
 * The shape of a kinship answer (`relate`, `findKinship`), as kinship.md defines it. Every name
 * describes B relative to A ("B is A's ..."). Types only.
 */
import type { ItemId } from '../ids.js';

/**
 * What kind of tie a relationship is.
 * - `blood`: every link on both lines is a birth link.
 * - `adoptive`: a link on a line is marked adoptive (P1039), never counted as blood.
 * - `non-birth`: a link on a line carries another P1039 kinship type (not a plain birth link).
 * - `spouse`: B is A's spouse (P26).
 * - `in-law`: through one marriage (spouse's sibling, sibling's spouse, spouse's parent, child's spouse...).
 * - `step`: through one marriage, a parent's spouse or a spouse's child who is not one's own.
 */
export type RelationshipKind = 'blood' | 'adoptive' | 'non-birth' | 'spouse' | 'in-law' | 'step';

/** A parent link that is not a plain birth link, with its P1039 kinship types. */
export interface NonBirthLink {
  parent: ItemId;
  child: ItemId;
  kinshipType: ItemId[];
}

/** Cousin degree (first, second...) and how many times removed; null for direct lines, siblings, uncles. */
export interface CousinDegree {
  degree: number;
  removed: number;
}

/**
 * One way B is related to A: one per (ancestor couple or single ancestor, Ga, Gb, kind).
 * Several pairs of lines through the same couple at the same generations (pedigree collapse) are
 * one relationship with `lines` > 1; two distinct couples at the same degree are two
 * relationships, and the degree summary (`DegreeSummary`) calls them "double".
 */
export interface Relationship {
  /** Plain degree name, in B's sex where known: "third cousin", "half-brother", "wife", "sister-in-law". */
  name: string;
  /** The same in neutral words: "sibling", "parent's sibling", "spouse's sibling". */
  neutralName: string;
  kind: RelationshipKind;
  /**
   * true: one common ancestor, and both children of it on the lines have a recorded other parent,
   * and those differ (half-sibling, half-first cousin). false: a couple, a direct line, or the
   * other parent is shared. null: a single common ancestor known, but a child of it on the lines
   * has no recorded other parent (`otherParentUnrecorded`): neither half nor full is proven.
   */
  half: boolean | null;
  /** With `half` null: the children of the common ancestor whose other parent is not recorded. */
  otherParentUnrecorded: ItemId[];
  /** Generations from A (or, for an in-law through A's spouse, from that spouse) up to the common ancestors. */
  generationsA: number;
  /** Generations from B (or, for an in-law through B's spouse, from that spouse) up to the common ancestors. */
  generationsB: number;
  cousin: CousinDegree | null;
  /** The common ancestor couple (father first) or single ancestor; empty for spouses. */
  commonAncestors: ItemId[];
  /** How many pairs of lines (one from A, one from B, sharing nobody but the top) reach it; 1 for spouses. */
  lines: number;
  /**
   * The distinct lines on each side, each from the person up to the first common ancestor (a
   * spouse step first for in-laws); at most 8 per side (`allPaths` says whether that is all).
   */
  paths: { a: ItemId[][]; b: ItemId[][] };
  /** True when `paths` lists every distinct line on both sides. */
  allPaths: boolean;
  /** For in-law and step relationships: the spouse or relative the marriage goes through. */
  via: ItemId | null;
  /** Non-birth links on the lines listed in `paths`. */
  nonBirthLinks: NonBirthLink[];
}

/**
 * All relationships by descent of one degree (same name, generations and kind), kinship.md's
 * per-degree summary: two distinct couples make "double first cousin", three "triple", more
 * "related as eighth cousins once removed in 74 ways".
 */
export interface DegreeSummary {
  /** The plain degree name, as on its relationships. */
  name: string;
  kind: RelationshipKind;
  generationsA: number;
  generationsB: number;
  /** Distinct ancestor couples (or single ancestors) giving this degree. */
  couples: number;
  /** Pairs of lines over all of them. */
  lines: number;
  /** "first cousin", "double first cousin", "triple ...", "related as ... in N ways", with "(N lines)" when lines exceed couples. */
  label: string;
}

/** One step of a family path: `to` is `from`'s father, wife, son... */
export interface PathStep {
  from: ItemId;
  to: ItemId;
  link: 'parent' | 'child' | 'spouse';
  /** "father", "mother", "parent", "son", "daughter", "child", "husband", "wife", "spouse". */
  name: string;
  nonBirth: boolean;
}

/** A chain of family links from A to B. */
export interface FamilyPath {
  people: ItemId[];
  steps: PathStep[];
}

/** The pedigree the relationships and the four numbers were computed over. */
export interface PedigreeCoverage {
  /** Everyone within this many generations of A or of B (shortest distance); older ancestors are founders. */
  generations: number;
  /** People in that pedigree. */
  people: number;
  /** Pairs of lines meeting only at their top (every kind of link). */
  linePairs: number;
  /** False when a cap on lines stopped the enumeration of lines: names, lines and the path sum are lower bounds (φ, F, r stay exact). */
  allLines: boolean;
  /** Someone in the pedigree has a recorded parent outside it. */
  cut: boolean;
}

/** Everything `relate` (and `findKinship`) says about how B is related to A. */
export interface KinshipResult {
  a: ItemId;
  b: ItemId;
  /**
   * Relationships by descent closest first (at most `maxRelationships` of them), then spouse,
   * then in-law and step relationships.
   */
  relationships: Relationship[];
  /** Relationships by descent left out of `relationships` by `maxRelationships`. */
  moreRelationships: number;
  /** Every degree of relationship by descent, closest first: complete, whatever `maxRelationships` is. */
  degrees: DegreeSummary[];
  /** Σ over every pair of lines of birth links of (1/2)^(Ga+Gb): what the names enumerate. */
  pathSum: number;
  /** Kinship coefficient φ(A, B) (Malécot), by the recursion over the pedigree: exact. */
  kinship: number;
  /** Inbreeding coefficients F_A = φ(A's parents) and F_B. */
  inbreeding: { a: number; b: number };
  /** Wright's coefficient of relationship r = 2φ / √((1 + F_A)(1 + F_B)). */
  coefficient: number;
  /** What the relationships and the four numbers cover. */
  pedigree: PedigreeCoverage;
  /** Shortest chain of family links, searched when there is no relationship by descent within the bound. */
  shortestPath: FamilyPath | null;
  maxGenerations: number;
  /** A bound (generations, lines, path length, people fetched) cut the search short. */
  limitReached: boolean;
  /** Human-readable notes: what a bound cut off, what could not be fetched, data problems met. */
  messages: string[];
}
