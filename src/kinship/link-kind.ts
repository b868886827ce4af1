import type { ItemId } from '../ids.js';
import type { NonBirthLink, RelationshipKind } from './types.js';

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
 * The kind a chain of parent links gives: blood when every link is a birth link, adoptive when
 * every non-birth link is an adoption, otherwise non-birth (step, foster or another P1039 type).
 */
export function kindOfLinks(links: readonly NonBirthLink[]): RelationshipKind {
  if (links.length === 0) return 'blood';
  const adoptive = links.every((link) => link.kinshipType.some((type) => ADOPTIVE_KINSHIP_TYPES.has(type)));
  return adoptive ? 'adoptive' : 'non-birth';
}

/** Words put around a blood name for a relationship of this kind. */
export function withKind(name: string, kind: RelationshipKind): string {
  if (kind === 'adoptive') return `adoptive ${name}`;
  if (kind === 'non-birth') return `${name} (through a non-birth link)`;
  return name;
}
