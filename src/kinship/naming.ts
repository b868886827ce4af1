/**
 * Names of relationships by descent (kinship.md): B relative to A, in B's sex where known and in
 * neutral words where not; plain degree names, never "double" (that is the degree summary's
 * word, degrees.ts). Pure string functions.
 */
import type { Sex } from '../person/types.js';
import { withKind } from './link-kind.js';
import type { CousinDegree, RelationshipKind } from './types.js';

export interface NameSpec {
  /** Generations from A up to the common ancestor (0: A is the ancestor). */
  generationsA: number;
  /** Generations from B up to the common ancestor (0: B is the ancestor). */
  generationsB: number;
  /** Say "half-": one shared parent, with evidence (half.ts); only meaningful when both counts are >= 1. */
  half: boolean;
}

/** What a relationship's name is made of. */
export interface RelationshipSpec extends NameSpec {
  kind: RelationshipKind;
}

export type Role = 'parent' | 'child' | 'sibling' | 'spouse' | 'uncle' | 'nephew';

const WORDS: Record<Role, [male: string, female: string, neutral: string]> = {
  parent: ['father', 'mother', 'parent'],
  child: ['son', 'daughter', 'child'],
  sibling: ['brother', 'sister', 'sibling'],
  spouse: ['husband', 'wife', 'spouse'],
  uncle: ['uncle', 'aunt', ''],
  nephew: ['nephew', 'niece', ''],
};

/** "father" / "mother" / "parent" ... in the given sex (neutral for other and unknown). */
export function roleWord(role: Role, sex: Sex): string {
  const [male, female, neutral] = WORDS[role];
  if (sex === 'male') return male;
  if (sex === 'female') return female;
  return neutral;
}

const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** 1st, 2nd, 3rd, 4th, 11th, 21st ... */
export function ordinalNumber(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** first, second, third ... twelfth, then 13th, 14th ... */
export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? ordinalNumber(n);
}

/** once, twice, 3 times ... */
export function removedTimes(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

/** Cousin degree min(Ga,Gb)-1 removed |Ga-Gb| times, when both counts are at least 2. */
export function cousinDegree(generationsA: number, generationsB: number): CousinDegree | null {
  if (generationsA < 2 || generationsB < 2) return null;
  return { degree: Math.min(generationsA, generationsB) - 1, removed: Math.abs(generationsA - generationsB) };
}

/** '' (1 generation), 'grand' (2), 'great-grand' (3), '2nd-great-grand' (4) ... */
function grandPrefix(generations: number): string {
  if (generations <= 1) return '';
  if (generations === 2) return 'grand';
  if (generations === 3) return 'great-grand';
  return `${ordinalNumber(generations - 2)}-great-grand`;
}

/** '' , 'great-', 'great-great-', '3rd-great-' ... */
function greatPrefix(greats: number): string {
  if (greats <= 0) return '';
  if (greats === 1) return 'great-';
  if (greats === 2) return 'great-great-';
  return `${ordinalNumber(greats)}-great-`;
}

function cousinName(degree: CousinDegree, half: boolean): string {
  const removed = degree.removed > 0 ? ` ${removedTimes(degree.removed)} removed` : '';
  return `${half ? 'half-' : ''}${ordinalWord(degree.degree)} cousin${removed}`;
}

/** The name of B relative to A, in B's sex (neutral words for other and unknown). */
export function bloodName(spec: NameSpec, sex: Sex): string {
  const { generationsA: ga, generationsB: gb } = spec;
  const half = spec.half && ga > 0 && gb > 0 ? 'half-' : '';
  if (ga === 0) return `${grandPrefix(gb)}${roleWord('child', sex)}`;
  if (gb === 0) return `${grandPrefix(ga)}${roleWord('parent', sex)}`;
  if (ga === 1 && gb === 1) return `${half}${roleWord('sibling', sex)}`;
  if (gb === 1) {
    const word = roleWord('uncle', sex);
    return word ? `${half}${greatPrefix(ga - 2)}${word}` : neutralBloodName(spec);
  }
  if (ga === 1) {
    const word = roleWord('nephew', sex);
    return word ? `${half}${grandPrefix(gb - 1)}${word}` : neutralBloodName(spec);
  }
  return cousinName(cousinDegree(ga, gb)!, spec.half);
}

/** The name of B relative to A in neutral words: "parent's sibling", "sibling's grandchild"... */
export function neutralBloodName(spec: NameSpec): string {
  const { generationsA: ga, generationsB: gb } = spec;
  const half = spec.half && ga > 0 && gb > 0 ? 'half-' : '';
  if (ga === 0 || gb === 0 || (ga === 1 && gb === 1) || (ga >= 2 && gb >= 2)) return bloodName(spec, 'unknown');
  if (gb === 1) return `${grandPrefix(ga - 1)}parent's ${half}sibling`;
  return `${half}sibling's ${grandPrefix(gb - 1)}child`;
}

/** The full name of B relative to A: "first cousin", "adoptive brother", "half-aunt". */
export function relationshipName(spec: RelationshipSpec, sex: Sex): string {
  return withKind(bloodName(spec, sex), spec.kind);
}

/** The same in neutral words: "parent's sibling", "adoptive sibling". */
export function neutralRelationshipName(spec: RelationshipSpec): string {
  return withKind(neutralBloodName(spec), spec.kind);
}

/** "eighth cousins once removed" for "eighth cousin once removed" (the pair's plural); other names unchanged. */
export function pairName(name: string): string {
  return name.replace(/\bcousin\b/, 'cousins');
}
