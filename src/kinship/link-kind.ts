import type { ItemId } from '../ids.js';
import type { RelationshipKind } from './types.js';

/**
 * P1039 (kinship to subject) values that mean adoption, as used on P22/P25/P40 statements:
 * adopted son, adopted daughter, adopted child, adoptee, adoptive father, adoptive mother,
 * adoptive parent, nominal adoption (yūshi), adopted son-in-law (mukoyōshi).
 */
export const ADOPTIVE_KINSHIP_TYPES: ReadonlySet<ItemId> = new Set<ItemId>([
  'Q20746725',
  'Q20746728',
  'Q25858158',
  'Q110267632',
  'Q61740757',
  'Q61740758',
  'Q20746742',
  'Q11572068',
  'Q6933584',
]);

/**
 * What a parent link, or a chain of them, is made of, ordered so that a chain's kind is the
 * largest of its links' kinds: 0 every link a birth link, 1 adoption links among them (and no
 * other non-birth link), 2 some other non-birth link (step, foster, another P1039 type).
 */
export type LinkKind = 0 | 1 | 2;

/** The kind of one parent link from its P1039 types (none: a birth link). */
export function linkKind(kinshipType: readonly ItemId[]): LinkKind {
  if (kinshipType.length === 0) return 0;
  return kinshipType.some((type) => ADOPTIVE_KINSHIP_TYPES.has(type)) ? 1 : 2;
}

/** The kind of a chain of links (the largest). */
export function chainKind(...kinds: LinkKind[]): LinkKind {
  let kind: LinkKind = 0;
  for (const k of kinds) if (k > kind) kind = k;
  return kind;
}

const KIND_NAMES: Record<LinkKind, RelationshipKind> = { 0: 'blood', 1: 'adoptive', 2: 'non-birth' };

/** blood when every link is a birth link, adoptive when every non-birth link is an adoption, else non-birth. */
export function relationshipKind(kind: LinkKind): RelationshipKind {
  return KIND_NAMES[kind];
}

/** Words put around a blood name for a relationship of this kind. */
export function withKind(name: string, kind: RelationshipKind): string {
  if (kind === 'adoptive') return `adoptive ${name}`;
  if (kind === 'non-birth') return `${name} (through a non-birth link)`;
  return name;
}
