import { compareItemIds, type ItemId } from '../ids.js';
import type { Relationship, RelationshipKind } from './types.js';

const SECTION: Record<RelationshipKind, number> = {
  blood: 0,
  adoptive: 0,
  'non-birth': 0,
  spouse: 1,
  'in-law': 2,
  step: 2,
};
const KIND: Record<RelationshipKind, number> = {
  blood: 0,
  adoptive: 1,
  'non-birth': 2,
  spouse: 0,
  'in-law': 0,
  step: 1,
};

/** Relationships by ancestry (blood, adoptive, non-birth) come first, then spouse, then by marriage. */
export function isByDescent(relationship: Relationship): boolean {
  return SECTION[relationship.kind] === 0;
}

/** A relationship through a single ancestor: half, or a direct line. */
export function isSingle(relationship: Relationship): boolean {
  return relationship.commonAncestors.length < 2;
}

/**
 * Closest first: by descent before spouse before by marriage; then by Ga+Gb (each link halves what
 * is shared); then a couple before a single ancestor (a couple shares twice as much); then blood
 * before adoptive before other non-birth; then the smaller cousin degree, min(Ga,Gb); then stable
 * tie-breaks (Ga, ancestors' and first paths' Q-ids).
 */
export function compareRelationships(x: Relationship, y: Relationship): number {
  return (
    SECTION[x.kind] - SECTION[y.kind] ||
    x.generationsA + x.generationsB - (y.generationsA + y.generationsB) ||
    Number(isSingle(x)) - Number(isSingle(y)) ||
    KIND[x.kind] - KIND[y.kind] ||
    Math.min(x.generationsA, x.generationsB) - Math.min(y.generationsA, y.generationsB) ||
    x.generationsA - y.generationsA ||
    compareIdLists(x.commonAncestors, y.commonAncestors) ||
    compareIdLists(x.paths.a[0] ?? [], y.paths.a[0] ?? []) ||
    compareIdLists(x.paths.b[0] ?? [], y.paths.b[0] ?? [])
  );
}

/** True when x and y tie on everything that makes one closer than the other. */
export function sameCloseness(x: Relationship, y: Relationship): boolean {
  return (
    SECTION[x.kind] === SECTION[y.kind] &&
    x.generationsA + x.generationsB === y.generationsA + y.generationsB &&
    isSingle(x) === isSingle(y) &&
    KIND[x.kind] === KIND[y.kind] &&
    Math.min(x.generationsA, x.generationsB) === Math.min(y.generationsA, y.generationsB)
  );
}

function compareIdLists(x: readonly ItemId[], y: readonly ItemId[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const order = compareItemIds(x[i]!, y[i]!);
    if (order !== 0) return order;
  }
  return x.length - y.length;
}
