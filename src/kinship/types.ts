import type { ItemId } from '../ids.js';

/**
 * What kind of tie a relationship is.
 * - `blood`: every link on both paths is a birth link.
 * - `adoptive`: a link on a path is marked adoptive (P1039), never counted as blood.
 * - `non-birth`: a link on a path carries another P1039 kinship type (not a plain birth link).
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

/** One way B is related to A. Names describe B relative to A ("B is A's ..."). */
export interface Relationship {
  /** In B's sex where known, neutral words where not: "third cousin", "half-brother", "wife", "sister-in-law". */
  name: string;
  /** The same in neutral words: "sibling", "parent's sibling", "spouse's sibling". */
  neutralName: string;
  kind: RelationshipKind;
  /** One common ancestor with no co-parent among the lowest common ancestors (half-sibling, half-first cousin). */
  half: boolean;
  /** How many independent relationships of the same kind and degree there are (2 for double first cousins). */
  multiplicity: number;
  /** Generations from A (or, for an in-law through A's spouse, from that spouse) up to the common ancestors. */
  generationsA: number;
  /** Generations from B (or, for an in-law through B's spouse, from that spouse) up to the common ancestors. */
  generationsB: number;
  cousin: CousinDegree | null;
  /** The common ancestor couple (or single ancestor); empty for spouses. */
  commonAncestors: ItemId[];
  /** A ... first common ancestor, and B ... first common ancestor (a spouse step included for in-laws). */
  paths: { a: ItemId[]; b: ItemId[] };
  /** For in-law and step relationships: the spouse or relative the marriage goes through. */
  via: ItemId | null;
  nonBirthLinks: NonBirthLink[];
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

/** Everything `relate` (and `findKinship`) says about how B is related to A. */
export interface KinshipResult {
  a: ItemId;
  b: ItemId;
  /** Blood (and adoptive / non-birth) relationships closest first, then spouse, then in-law and step. */
  relationships: Relationship[];
  /** Wright's coefficient of relationship over birth links within `maxGenerations`. */
  coefficient: number;
  /** Shortest chain of family links, searched when there is no blood relationship within the bound. */
  shortestPath: FamilyPath | null;
  maxGenerations: number;
  /** A bound (generations, path length, people fetched) cut the search short. */
  limitReached: boolean;
  /** Human-readable notes: what a bound cut off, what could not be fetched. */
  messages: string[];
}
