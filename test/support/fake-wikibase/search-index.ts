/**
 * The fake's search index: one document per entity page, holding its statement keywords, and the
 * evaluation of haswbstatement keywords against it. Pure once built.
 * - A merged item (a redirect) is no document: searches find its target only.
 * - Index lag: `staleEntities` are indexed as given instead of as served; `unindexed` ids are absent.
 * - Hits come in a stable order: by entity type letter, then numeric id (Wikidata orders by score).
 */
import type { EntityStore } from './api.js';
import { normalizeEntityId, pageInfo } from './ids.js';
import { parseClauses, type Clause, type Keyword } from './search-query.js';
import { keywordProperty, statementKeywords } from './statement-keywords.js';
import type { EntityJson, FakeSearchOptions } from './types.js';

export interface SearchDoc {
  id: string;
  ns: number;
  title: string;
  pageid: number;
  /** Last edit time (srprop=timestamp). */
  timestamp: string;
  /** Bytes of the entity JSON (srprop=size). */
  size: number;
}

export interface SearchIndex {
  /** Every document, in result order. */
  docs: readonly SearchDoc[];
  byKeyword: ReadonlyMap<string, ReadonlySet<string>>;
  byProperty: ReadonlyMap<string, ReadonlySet<string>>;
  withStatements: ReadonlySet<string>;
}

function indexedEntities(store: EntityStore, options: FakeSearchOptions): Map<string, EntityJson> {
  const entities = new Map(store.entities);
  for (const stale of options.staleEntities ?? []) {
    if (typeof stale['id'] === 'string') entities.set(normalizeEntityId(stale['id']), stale as EntityJson);
  }
  for (const id of [...store.redirects.keys(), ...(options.unindexed ?? [])]) entities.delete(normalizeEntityId(id));
  return entities;
}

function orderKey(id: string): [string, number] {
  return [id.charAt(0), Number(id.slice(1).split('-')[0])];
}

function byId(a: SearchDoc, b: SearchDoc): number {
  const [letterA, numberA] = orderKey(a.id);
  const [letterB, numberB] = orderKey(b.id);
  return letterA === letterB ? numberA - numberB : letterA < letterB ? -1 : 1;
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, new Set([id]));
  else ids.add(id);
}

export function buildSearchIndex(store: EntityStore, options: FakeSearchOptions = {}): SearchIndex {
  const byKeyword = new Map<string, Set<string>>();
  const byProperty = new Map<string, Set<string>>();
  const withStatements = new Set<string>();
  const docs: SearchDoc[] = [];
  const keywordOptions = { indexDeprecated: options.indexDeprecated ?? true };
  for (const [id, entity] of indexedEntities(store, options)) {
    const { ns, title, pageid, modified } = pageInfo(entity, id);
    docs.push({ id, ns, title, pageid, timestamp: modified, size: JSON.stringify(entity).length });
    for (const keyword of statementKeywords(entity, keywordOptions)) {
      add(byKeyword, keyword, id);
      add(byProperty, keywordProperty(keyword), id);
      withStatements.add(id);
    }
  }
  return { docs: docs.sort(byId), byKeyword, byProperty, withStatements };
}

const NONE: ReadonlySet<string> = new Set();

function clauseMatches(index: SearchIndex, clause: Clause): ReadonlySet<string> {
  switch (clause.kind) {
    case 'any':
      return index.withStatements;
    case 'property':
      return index.byProperty.get(clause.property) ?? NONE;
    case 'statement':
      return index.byKeyword.get(clause.key) ?? NONE;
    case 'prefix': {
      const ids = new Set<string>();
      for (const [key, matching] of index.byKeyword) {
        if (key.startsWith(clause.prefix)) for (const id of matching) ids.add(id);
      }
      return ids;
    }
  }
}

export interface SearchResult {
  docs: SearchDoc[];
  /** Messages for the `warnings` of the answer (a keyword that can match nothing). */
  warnings: string[];
}

/** The documents in `namespaces` (undefined: all) matching every keyword (OR within one). */
export function searchDocs(
  index: SearchIndex,
  keywords: readonly Keyword[],
  namespaces: ReadonlySet<number> | undefined,
): SearchResult {
  const filters: Array<{ negated: boolean; ids: ReadonlySet<string>[] }> = [];
  const warnings: string[] = [];
  for (const keyword of keywords) {
    const parsed = parseClauses(keyword);
    if ('warning' in parsed) warnings.push(parsed.warning);
    else filters.push({ negated: keyword.negated, ids: parsed.clauses.map((clause) => clauseMatches(index, clause)) });
  }
  if (warnings.length > 0) return { docs: [], warnings };
  const docs = index.docs.filter(
    (doc) =>
      (namespaces === undefined || namespaces.has(doc.ns)) &&
      filters.every(({ negated, ids }) => ids.some((set) => set.has(doc.id)) !== negated),
  );
  return { docs, warnings };
}
