import { isItemId, type ItemId } from '../ids.js';
import { parseTimeValue } from './dates.js';
import type { FamilyLink, LinkSet, PartialDate, Rank } from './types.js';

/** The loose shape of one statement in Wikibase JSON; checked field by field when read. */
interface RawStatement {
  id?: unknown;
  rank?: unknown;
  mainsnak?: { snaktype?: unknown; datavalue?: { value?: unknown } };
  qualifiers?: Record<string, Array<{ snaktype?: unknown; datavalue?: { value?: unknown } }>>;
}

export type Claims = Record<string, unknown>;

function statementsOf(claims: Claims, property: string): RawStatement[] {
  const list = claims[property];
  return Array.isArray(list) ? (list.filter((s) => typeof s === 'object' && s !== null) as RawStatement[]) : [];
}

function rankOf(statement: RawStatement): Rank {
  return statement.rank === 'preferred' || statement.rank === 'deprecated' ? statement.rank : 'normal';
}

function itemIdOf(value: unknown): ItemId | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, 'numeric-id': numeric } = value as Record<string, unknown>;
  if (isItemId(id)) return id;
  const fromNumber = `Q${String(numeric)}`;
  return isItemId(fromNumber) ? fromNumber : null;
}

function qualifierDate(statement: RawStatement, property: string): PartialDate | undefined {
  for (const snak of statement.qualifiers?.[property] ?? []) {
    if (snak.snaktype !== 'value') continue;
    const date = parseTimeValue(snak.datavalue?.value);
    if (date) return date;
  }
  return undefined;
}

function qualifierItems(statement: RawStatement, property: string): ItemId[] {
  const items: ItemId[] = [];
  for (const snak of statement.qualifiers?.[property] ?? []) {
    const id = snak.snaktype === 'value' ? itemIdOf(snak.datavalue?.value) : null;
    if (id) items.push(id);
  }
  return items;
}

/**
 * Reads all statements of one item-valued family property. Deprecated statements are counted,
 * not used; `somevalue` (unknown value) and `novalue` are kept apart from "no statement".
 */
export function readLinkSet(claims: Claims, property: string, withDates = false): LinkSet {
  const set: LinkSet = { links: [], unknownValues: 0, noValue: false, deprecated: 0 };
  const seen = new Set<ItemId>();
  for (const statement of statementsOf(claims, property)) {
    const rank = rankOf(statement);
    if (rank === 'deprecated') {
      set.deprecated += 1;
      const target = itemIdOf(statement.mainsnak?.datavalue?.value);
      if (target) (set.deprecatedTargets ??= []).push(target);
      continue;
    }
    const snaktype = statement.mainsnak?.snaktype;
    if (snaktype === 'somevalue') {
      set.unknownValues += 1;
      continue;
    }
    if (snaktype === 'novalue') {
      set.noValue = true;
      continue;
    }
    const target = itemIdOf(statement.mainsnak?.datavalue?.value);
    if (!target || seen.has(target)) continue;
    seen.add(target);
    const link: FamilyLink = {
      target,
      statementId: typeof statement.id === 'string' ? statement.id : `${property}:${target}`,
      rank,
    };
    const kinship = qualifierItems(statement, 'P1039');
    if (kinship.length > 0) link.kinshipType = kinship;
    if (withDates) {
      const start = qualifierDate(statement, 'P580');
      const end = qualifierDate(statement, 'P582');
      if (start) link.start = start;
      if (end) link.end = end;
    }
    set.links.push(link);
  }
  set.links.sort((a, b) => (a.rank === b.rank ? 0 : a.rank === 'preferred' ? -1 : 1));
  return set;
}

/** The truthy statements: preferred ones if any, else the normal ones (never deprecated). */
function truthyStatements(claims: Claims, property: string): RawStatement[] {
  const statements = statementsOf(claims, property).filter((s) => rankOf(s) !== 'deprecated');
  const preferred = statements.filter((s) => rankOf(s) === 'preferred');
  return preferred.length > 0 ? preferred : statements;
}

/** Item values of the truthy statements. */
export function truthyItems(claims: Claims, property: string): ItemId[] {
  const items: ItemId[] = [];
  for (const statement of truthyStatements(claims, property)) {
    const id = itemIdOf(statement.mainsnak?.datavalue?.value);
    if (id) items.push(id);
  }
  return items;
}

/** The first readable date among the truthy statements of a time property. */
export function truthyDate(claims: Claims, property: string): PartialDate | null {
  for (const statement of truthyStatements(claims, property)) {
    if (statement.mainsnak?.snaktype !== 'value') continue;
    const date = parseTimeValue(statement.mainsnak.datavalue?.value);
    if (date) return date;
  }
  return null;
}

export interface StatedLink {
  property: 'P22' | 'P25' | 'P40' | 'P26';
  target: ItemId;
  rank: Rank;
}

/** Every family statement of an entity that names an item, deprecated ones included (with their rank). */
export function familyStatements(claims: Claims): StatedLink[] {
  const found: StatedLink[] = [];
  for (const property of ['P22', 'P25', 'P40', 'P26'] as const) {
    const set = readLinkSet(claims, property);
    for (const link of set.links) found.push({ property, target: link.target, rank: link.rank });
    for (const target of set.deprecatedTargets ?? []) found.push({ property, target, rank: 'deprecated' });
  }
  return found;
}
