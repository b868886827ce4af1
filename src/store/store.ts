import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { WdkinError, UsageError } from '../errors.js';
import type { ItemId } from '../ids.js';
import { MIGRATIONS } from './schema.js';

export type CachedStatus = 'ok' | 'missing' | 'redirect';

export interface CachedEntity {
  qid: ItemId;
  status: CachedStatus;
  /** Redirect target (status 'redirect'). */
  target?: ItemId;
  /** Entity JSON as fetched (status 'ok'). */
  entity?: Record<string, unknown>;
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

const LOOKUP_CHUNK = 500;

/**
 * The local SQLite store (better-sqlite3): cached entities with their fetch time and revision,
 * and crawl state for --resume. WAL journal and one transaction per write, so a crash (even
 * kill -9) leaves the file consistent: a write is either all there or not at all.
 */
export class Store {
  private readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  static open(path: string): Store {
    let db: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
    } catch (cause) {
      throw new UsageError('STORE_ERROR', `Cannot open the store ${path}: ${(cause as Error).message}`, { cause });
    }
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (cause) {
      db.close();
      throw new UsageError('STORE_ERROR', `${path} is not a usable wdkin store: ${(cause as Error).message}`, {
        cause,
      });
    }
    return new Store(db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Cached entries for these ids (whatever their age: the caller decides freshness). */
  getEntities(endpoint: string, ids: readonly ItemId[]): Map<ItemId, CachedEntity> {
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
        if (row.json) entry.entity = JSON.parse(row.json) as Record<string, unknown>;
        if (row.revision !== null) entry.revision = row.revision;
        found.set(row.qid, entry);
      }
    }
    return found;
  }

  /** Writes a batch of fetched entities in one transaction. */
  putEntities(endpoint: string, entries: readonly CachedEntity[]): void {
    const insert = this.db.prepare(
      `INSERT OR REPLACE INTO entities (endpoint, qid, status, target, json, languages, revision, fetched_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const e of entries) {
        insert.run(
          endpoint,
          e.qid,
          e.status,
          e.target ?? null,
          e.entity ? JSON.stringify(e.entity) : null,
          e.languages,
          e.revision ?? null,
          e.fetchedAt,
        );
      }
    })();
  }

  countEntities(endpoint?: string): number {
    const row = (
      endpoint === undefined
        ? this.db.prepare('SELECT count(*) AS n FROM entities').get()
        : this.db.prepare('SELECT count(*) AS n FROM entities WHERE endpoint = ?').get(endpoint)
    ) as { n: number };
    return row.n;
  }

  /** Starts a crawl record; its start time lets a resume trust entities fetched since. */
  startCrawl(key: string, options: unknown, now = Date.now()): CrawlRecord {
    const info = this.db
      .prepare(`INSERT INTO crawls (key, options, status, started_at, updated_at) VALUES (?, ?, 'running', ?, ?)`)
      .run(key, JSON.stringify(options), now, now);
    return this.getCrawl(Number(info.lastInsertRowid))!;
  }

  /** The newest unfinished crawl with this key, if any. */
  findResumable(key: string): CrawlRecord | null {
    const row = this.db
      .prepare(`SELECT id FROM crawls WHERE key = ? AND status != 'done' ORDER BY id DESC LIMIT 1`)
      .get(key) as { id: number } | undefined;
    return row ? this.getCrawl(row.id) : null;
  }

  getCrawl(id: number): CrawlRecord | null {
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
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR REPLACE INTO crawl_levels (crawl_id, level, size, failed, done_at) VALUES (?, ?, ?, ?, ?)')
        .run(crawlId, level, size, JSON.stringify(failed), now);
      this.db
        .prepare('UPDATE crawls SET level = max(level, ?), people = ?, updated_at = ? WHERE id = ?')
        .run(level, people, now, crawlId);
    })();
  }

  levels(crawlId: number): Array<{ level: number; size: number; failed: ItemId[] }> {
    const rows = this.db
      .prepare('SELECT level, size, failed FROM crawl_levels WHERE crawl_id = ? ORDER BY level')
      .all(crawlId) as Array<{ level: number; size: number; failed: string }>;
    return rows.map((r) => ({ level: r.level, size: r.size, failed: JSON.parse(r.failed) as ItemId[] }));
  }

  finishCrawl(crawlId: number, status: 'done' | 'partial', now = Date.now()): void {
    this.db.prepare('UPDATE crawls SET status = ?, updated_at = ? WHERE id = ?').run(status, now, crawlId);
  }

  /** `PRAGMA integrity_check` result: 'ok' when the file is sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new WdkinError('STORE_ERROR', `store schema version ${version} is newer than this wdkin understands`);
  }
  for (let v = version; v < MIGRATIONS.length; v += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
