import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { UsageError, WdkinError } from '../errors.js';
import { printablePath } from '../files/printable.js';
import { ensureDirectory } from '../files/directories.js';
import type { ItemId } from '../ids.js';
import { familyStatements, type StatedLink } from '../person/statements.js';
import { readDumpRecord, swapInDump, type DumpRecord } from './dumps.js';
import { MIGRATIONS } from './schema.js';
import { storeError } from './store-error.js';

export type CachedStatus = 'ok' | 'missing' | 'redirect';
export type { DumpRecord } from './dumps.js';

export interface CachedEntity {
  qid: ItemId;
  status: CachedStatus;
  /** Redirect target (status 'redirect'). */
  target?: ItemId;
  /** Entity JSON as fetched (status 'ok'). */
  entity?: Record<string, unknown>;
  /** The row's JSON could not be read: treat as not cached (refetch and overwrite). */
  unreadable?: boolean;
  languages: string;
  revision?: number;
  fetchedAt: number;
}

export interface CrawlRecord {
  id: number;
  key: string;
  status: 'running' | 'done' | 'partial';
  level: number;
  people: number;
  startedAt: number;
  updatedAt: number;
}

export interface LevelRecord {
  level: number;
  size: number;
  failed: ItemId[];
}

const LOOKUP_CHUNK = 500;
/** How long a writer waits for another process holding the store (WAL: readers never wait). */
export const BUSY_TIMEOUT_MS = 15_000;

/**
 * The local SQLite store (better-sqlite3): cached entities with their fetch time and revision,
 * and crawl state for --resume. WAL journal and one immediate transaction per write, so a crash
 * (even kill -9) leaves the file consistent and two processes sharing it wait for each other.
 * Every SQLite failure becomes one line naming the file and what to do (store-error.ts).
 */
export class Store {
  readonly path: string;
  private readonly db: Database.Database;

  private constructor(db: Database.Database, path: string) {
    this.db = db;
    this.path = path;
  }

  static open(path: string): Store {
    if (path !== ':memory:') ensureDirectory(dirname(path), 'the store');
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    } catch (cause) {
      throw storeError(path, cause);
    }
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (cause) {
      db.close();
      if (cause instanceof WdkinError)
        throw new UsageError('STORE_ERROR', `The store ${printablePath(path)} ${cause.message}`);
      throw storeError(path, cause);
    }
    return new Store(db, path);
  }

  /**
   * Opens a store for reading only (the bundled snapshot's store in dist/data): no migration, no
   * journal change, nothing written; works on a read-only file system.
   */
  static openReadOnly(path: string): Store {
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
    } catch (cause) {
      throw storeError(path, cause);
    }
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > MIGRATIONS.length) {
        throw new UsageError(
          'STORE_ERROR',
          `The store ${printablePath(path)} has schema version ${version}, newer than this wdkin understands`,
        );
      }
    } catch (cause) {
      db.close();
      throw storeError(path, cause);
    }
    return new Store(db, path);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * Replaces everything stored for `record.endpoint` with a finished ingest's staging file, in
   * one transaction (dumps.ts). Crawl state and cached searches are kept.
   */
  replaceWithDump(stagingPath: string, record: Omit<DumpRecord, 'people' | 'links'>): DumpRecord {
    return this.guard(() => swapInDump(this.db, stagingPath, record));
  }

  /** The dump this store holds for `endpoint`, if one was ingested. */
  dumpRecord(endpoint: string): DumpRecord | null {
    return this.guard(() => readDumpRecord(this.db, endpoint));
  }

  /** Runs `work` and turns any SQLite failure into a StoreError naming this store. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw storeError(this.path, error);
    }
  }

  /** Cached entries for these ids (whatever their age: the caller decides freshness). */
  getEntities(endpoint: string, ids: readonly ItemId[]): Map<ItemId, CachedEntity> {
    return this.guard(() => {
      const found = new Map<ItemId, CachedEntity>();
      for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
        const chunk = ids.slice(i, i + LOOKUP_CHUNK);
        const rows = this.db
          .prepare(
            `SELECT qid, status, target, json, languages, revision, fetched_at FROM entities WHERE endpoint = ? AND qid IN (${chunk.map(() => '?').join(',')})`,
          )
          .all(endpoint, ...chunk) as Array<{
          qid: ItemId;
          status: CachedStatus;
          target: ItemId | null;
          json: string | null;
          languages: string;
          revision: number | null;
          fetched_at: number;
        }>;
        for (const row of rows) {
          const entry: CachedEntity = {
            qid: row.qid,
            status: row.status,
            languages: row.languages,
            fetchedAt: row.fetched_at,
          };
          if (row.target) entry.target = row.target;
          if (row.json !== null) {
            const entity = readJson(row.json);
            if (entity) entry.entity = entity;
            else entry.unreadable = true;
          } else if (row.status === 'ok') entry.unreadable = true;
          if (row.revision !== null) entry.revision = row.revision;
          found.set(row.qid, entry);
        }
      }
      return found;
    });
  }

  /**
   * Writes a batch of fetched entities in one transaction, and indexes their family statements
   * in both directions (links.ts: who points at whom), replacing what an older copy stated.
   */
  putEntities(endpoint: string, entries: readonly CachedEntity[]): void {
    this.guard(() => {
      const insert = this.db.prepare(
        `INSERT OR REPLACE INTO entities (endpoint, qid, status, target, json, languages, revision, fetched_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const forget = this.db.prepare('DELETE FROM links WHERE endpoint = ? AND source = ?');
      const link = this.db.prepare(
        'INSERT OR REPLACE INTO links (endpoint, source, property, target, rank) VALUES (?, ?, ?, ?, ?)',
      );
      this.db
        .transaction(() => {
          for (const e of entries) {
            const json = e.entity ? JSON.stringify(e.entity) : null;
            insert.run(endpoint, e.qid, e.status, e.target ?? null, json, e.languages, e.revision ?? null, e.fetchedAt);
            forget.run(endpoint, e.qid);
            for (const s of e.entity ? linksOf(e.entity) : []) link.run(endpoint, e.qid, s.property, s.target, s.rank);
          }
        })
        .immediate();
    });
  }

  /**
   * Who states a family link to these items, by property (`P22`/`P25` point at a father or mother,
   * `P40` at a child, `P26` at a spouse), among the stored entities; deprecated statements are not
   * links. Returns target -> the sources pointing at it.
   */
  pointingAt(
    endpoint: string,
    targets: readonly ItemId[],
    properties: readonly string[],
  ): Map<ItemId, Array<{ source: ItemId; property: string }>> {
    return this.guard(() => {
      const found = new Map<ItemId, Array<{ source: ItemId; property: string }>>();
      const props = properties.map(() => '?').join(',');
      for (let i = 0; i < targets.length; i += LOOKUP_CHUNK) {
        const chunk = targets.slice(i, i + LOOKUP_CHUNK);
        const rows = this.db
          .prepare(
            // INDEXED BY: without statistics SQLite prefers the primary key (endpoint, source, ...)
            // and reads every link of the endpoint: a second on a store of a million people.
            `SELECT source, property, target FROM links INDEXED BY links_by_target
             WHERE endpoint = ? AND target IN (${chunk.map(() => '?').join(',')})
             AND property IN (${props}) AND rank != 'deprecated'`,
          )
          .all(endpoint, ...chunk, ...properties) as Array<{ source: ItemId; property: string; target: ItemId }>;
        for (const row of rows) {
          const list = found.get(row.target);
          if (list) list.push({ source: row.source, property: row.property });
          else found.set(row.target, [{ source: row.source, property: row.property }]);
        }
      }
      return found;
    });
  }

  /** Cached answers of reverse searches (query text -> item ids, fetch time). */
  getSearches(endpoint: string, queries: readonly string[]): Map<string, { ids: ItemId[]; fetchedAt: number }> {
    return this.guard(() => {
      const found = new Map<string, { ids: ItemId[]; fetchedAt: number }>();
      const select = this.db.prepare('SELECT ids, fetched_at FROM searches WHERE endpoint = ? AND query = ?');
      for (const query of queries) {
        const row = select.get(endpoint, query) as { ids: string; fetched_at: number } | undefined;
        const ids = row ? readJson<ItemId[]>(row.ids) : null;
        if (row && Array.isArray(ids)) found.set(query, { ids, fetchedAt: row.fetched_at });
      }
      return found;
    });
  }

  putSearches(
    endpoint: string,
    answers: ReadonlyArray<{ query: string; ids: readonly ItemId[] }>,
    fetchedAt: number,
  ): void {
    this.guard(() => {
      const insert = this.db.prepare(
        'INSERT OR REPLACE INTO searches (endpoint, query, ids, fetched_at) VALUES (?, ?, ?, ?)',
      );
      this.db
        .transaction(() => {
          for (const answer of answers) insert.run(endpoint, answer.query, JSON.stringify(answer.ids), fetchedAt);
        })
        .immediate();
    });
  }

  countEntities(endpoint?: string): number {
    return this.guard(() => {
      const row = (
        endpoint === undefined
          ? this.db.prepare('SELECT count(*) AS n FROM entities').get()
          : this.db.prepare('SELECT count(*) AS n FROM entities WHERE endpoint = ?').get(endpoint)
      ) as { n: number };
      return row.n;
    });
  }

  /** Starts a crawl record; its start time lets a resume trust entities fetched since. */
  startCrawl(key: string, options: unknown, now = Date.now()): CrawlRecord {
    return this.guard(() => {
      const info = this.db
        .prepare(`INSERT INTO crawls (key, options, status, started_at, updated_at) VALUES (?, ?, 'running', ?, ?)`)
        .run(key, JSON.stringify(options), now, now);
      return this.getCrawl(Number(info.lastInsertRowid))!;
    });
  }

  /** The newest unfinished crawl with this key, if any. */
  findResumable(key: string): CrawlRecord | null {
    return this.guard(() => {
      const row = this.db
        .prepare(`SELECT id FROM crawls WHERE key = ? AND status != 'done' ORDER BY id DESC LIMIT 1`)
        .get(key) as { id: number } | undefined;
      return row ? this.getCrawl(row.id) : null;
    });
  }

  getCrawl(id: number): CrawlRecord | null {
    return this.guard(() => {
      const row = this.db.prepare('SELECT * FROM crawls WHERE id = ?').get(id) as
        | {
            id: number;
            key: string;
            status: CrawlRecord['status'];
            level: number;
            people: number;
            started_at: number;
            updated_at: number;
          }
        | undefined;
      if (!row) return null;
      return {
        id: row.id,
        key: row.key,
        status: row.status,
        level: row.level,
        people: row.people,
        startedAt: row.started_at,
        updatedAt: row.updated_at,
      };
    });
  }

  /** Records a finished level in one transaction. */
  saveLevel(
    crawlId: number,
    level: number,
    size: number,
    people: number,
    failed: readonly ItemId[],
    now = Date.now(),
  ): void {
    this.guard(() =>
      this.db
        .transaction(() => {
          this.db
            .prepare(
              'INSERT OR REPLACE INTO crawl_levels (crawl_id, level, size, failed, done_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(crawlId, level, size, JSON.stringify(failed), now);
          this.db
            .prepare('UPDATE crawls SET level = max(level, ?), people = ?, updated_at = ? WHERE id = ?')
            .run(level, people, now, crawlId);
        })
        .immediate(),
    );
  }

  /** The finished levels of a crawl, in order. */
  levels(crawlId: number): LevelRecord[] {
    return this.guard(() => {
      const rows = this.db
        .prepare('SELECT level, size, failed FROM crawl_levels WHERE crawl_id = ? ORDER BY level')
        .all(crawlId) as Array<{ level: number; size: number; failed: string }>;
      return rows.map((r) => ({ level: r.level, size: r.size, failed: (readJson(r.failed) ?? []) as ItemId[] }));
    });
  }

  finishCrawl(crawlId: number, status: 'done' | 'partial', now = Date.now()): void {
    this.guard(() =>
      this.db.prepare('UPDATE crawls SET status = ?, updated_at = ? WHERE id = ?').run(status, now, crawlId),
    );
  }

  /** `PRAGMA integrity_check` result: 'ok' when the file is sound. */
  integrityCheck(): string {
    return this.guard(() => (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown');
  }
}

function linksOf(entity: Record<string, unknown>): StatedLink[] {
  const claims = entity.claims;
  return typeof claims === 'object' && claims !== null ? familyStatements(claims as Record<string, unknown>) : [];
}

/** Parsed JSON, or null when the text does not parse (a damaged row is a cache miss, not a crash). */
function readJson<T = Record<string, unknown>>(text: string): T | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as T) : null;
  } catch {
    return null;
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new WdkinError(
      'STORE_ERROR',
      `has schema version ${version}, newer than this wdkin understands: upgrade wdkin or pass another --store`,
    );
  }
  for (let v = version; v < MIGRATIONS.length; v += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
