import type { Graph } from './graphology.js';
import type { ItemId } from '../ids.js';
import type { PartialDate, Sex } from '../person/types.js';

/** Node attributes: one node per person, key = Q-id. */
export type PersonAttributes = {
  qid: ItemId;
  /** Display label; falls back to the Q-id when the item has no label. */
  label: string;
  labelLanguage: string | null;
  description: string | null;
  sex: Sex;
  birth: PartialDate | null;
  death: PartialDate | null;
  /** Distance (in family links) from the nearest seed. */
  depth: number;
  seed: boolean;
  /** Links to people outside the graph (beyond the depth, or not followed), counted not lost. */
  unexplored: number;
  /** Parents given as `somevalue` (unknown value) on Wikidata. */
  unknownParents: number;
  /** Set by --highlight / kinship: drawn emphasised by every exporter. */
  highlight?: boolean;
};

export type EdgeRelation = 'father' | 'mother' | 'parent' | 'spouse';

/**
 * Edge attributes. Parent edges are directed parent -> child, key `${parent}>${child}`;
 * spouse edges are undirected, key `${lowerQid}~${higherQid}`.
 */
export type FamilyEdgeAttributes = {
  relation: EdgeRelation;
  /** Statement ids that assert this link (P22/P25 on the child, P40 on the parent, P26 on either). */
  statementIds: string[];
  rank: 'preferred' | 'normal';
  /** Which properties assert the link. */
  properties: Array<'P22' | 'P25' | 'P40' | 'P26'>;
  /** P1039 kinship types (adoptive, step...): non-empty means not a birth link. */
  kinshipType: ItemId[];
  /** True when the link is not a plain birth link (P1039 present). */
  nonBirth: boolean;
  start: PartialDate | null;
  end: PartialDate | null;
  /**
   * Which side states the link: a parent link by the child (P22/P25), the parent (P40) or both;
   * a spouse link by both spouses or one side (`statedOn` says which). Absent in graphs saved by
   * wdkin before 0.2.
   */
  statedBy?: StatedBy;
  /** The items whose own statements give the link. */
  statedOn?: ItemId[];
  highlight?: boolean;
};

export type StatedBy = 'child' | 'parent' | 'both' | 'one-side';

/** Graph-level attributes: crawl metadata. */
export type FamilyGraphAttributes = {
  seeds: ItemId[];
  depth: number;
  direction: 'both' | 'up' | 'down';
  relations: Array<'parent' | 'child' | 'spouse'>;
  endpoint: string;
  languages: string[];
  crawledAt: string;
  wdkinVersion: string;
  /** `partial` when some people could not be fetched (absent = complete). */
  status?: 'complete' | 'partial';
  /** How many people could not be fetched (with status `partial`). */
  failed?: number;
};

export type FamilyGraph = Graph<PersonAttributes, FamilyEdgeAttributes, FamilyGraphAttributes>;
