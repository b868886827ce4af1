import type { ItemId } from '../ids.js';

export type Sex = 'male' | 'female' | 'other' | 'unknown';
export type Calendar = 'gregorian' | 'julian' | 'other';

/**
 * A date known to some precision, as Wikibase gives it.
 * precision: 9 = year, 10 = month, 11 = day (lower = decade, century...).
 * `year` is astronomical-free: BCE years are negative *and* flagged by `bce` (1 BCE = -1).
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: number;
  calendar: Calendar;
  bce: boolean;
  /** The Wikibase time string as it came, e.g. `+1819-05-24T00:00:00Z`. */
  time: string;
}

export type Rank = 'preferred' | 'normal' | 'deprecated';

/** One family statement (P22/P25/P40/P26) pointing at a known person. */
export interface FamilyLink {
  target: ItemId;
  statementId: string;
  rank: Exclude<Rank, 'deprecated'>;
  /** P580 start time (spouses). */
  start?: PartialDate;
  /** P582 end time (spouses). */
  end?: PartialDate;
  /** P1039 kinship to subject (e.g. adoptive, step): item ids; empty = a birth link. */
  kinshipType?: ItemId[];
}

/**
 * All statements of one property. `links` holds the non-deprecated values;
 * `unknownValues` counts `somevalue` snaks ("unknown father"), `noValue` records a `novalue`
 * snak ("no children"), `deprecated` counts deprecated statements (not facts, but reported).
 * No statement at all = empty links, 0 unknown, noValue false.
 */
export interface LinkSet {
  links: FamilyLink[];
  unknownValues: number;
  noValue: boolean;
  deprecated: number;
  /** Targets of the deprecated statements (set only when there are some): known to be wrong, never links. */
  deprecatedTargets?: ItemId[];
}

export interface Person {
  id: ItemId;
  /** Label in the first language of the chain that has one, else any language; null if none. */
  label: string | null;
  labelLanguage: string | null;
  description: string | null;
  sex: Sex;
  birth: PartialDate | null;
  death: PartialDate | null;
  fathers: LinkSet;
  mothers: LinkSet;
  children: LinkSet;
  spouses: LinkSet;
  /** P31 includes Q5 (human). Items with family links but no P31 are still treated as people. */
  human: boolean;
  /** The label was longer than MAX_LABEL_LENGTH and was cut. */
  labelTruncated?: boolean;
  /** Last revision id when the source gives it. */
  revision?: number;
}

export type FamilyProperty = 'P22' | 'P25' | 'P40' | 'P26';
export const FATHER: FamilyProperty = 'P22';
export const MOTHER: FamilyProperty = 'P25';
export const CHILD: FamilyProperty = 'P40';
export const SPOUSE: FamilyProperty = 'P26';
