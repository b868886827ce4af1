/**
 * The staging file of an ingest (`<store>.ingest`): the people, links and humans-in-waiting read
 * so far, and the checkpoint they bring the ingest to, written together in one transaction per
 * batch, so a kill (even -9) leaves a file that `--resume` continues from exactly that line. The
 * store itself is only touched by the final swap (dumps.ts); the staging file is then removed.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { storeError } from './store-error.js';

/** Where an ingest stands; saved with every batch. */
export interface IngestState {
  version: 1;
  /** What is read: the file name given, its size and modification time, a hash of its first bytes. */
  source: { name: string; size: number | null; mtimeMs: number | null; head: string };
  endpoint: string;
  /** Language chain the labels are cut to (null = all). */
  languages: string[] | null;
  /** Keep every item, not only the family graph (the bundled snapshot). */
  everything: boolean;
  pass: 1 | 2;
  /** 'swap' = both passes done, only the swap into the store is left. */
  phase: 'reading' | 'swap';
  /** Dump lines looked at in this pass, and compressed bytes read. */
  line: number;
  bytes: number;
  parsed: number;
  badLines: number;
  /** Up to 10 bad lines, as `line N: reason`. */
  badSamples: string[];
  /** Newest `modified` (ms) among the entities read, or null. */
  newest: number | null;
  /** Ids named by links and not found in the first pass, that appear in the dump / don't. */
  wanted: number;
  dangling: number;
  startedAt: number;
}

export interface StagedEntity {
  n: number;
  json: string;
  revision: number | null;
}

export interface StagedLink {
  s: number;
  p: number;
  t: number;
  rank: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS state (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS people (n INTEGER PRIMARY KEY, json TEXT NOT NULL, revision INTEGER);
  CREATE TABLE IF NOT EXISTS deferred (n INTEGER PRIMARY KEY, json TEXT NOT NULL, revision INTEGER);
  CREATE TABLE IF NOT EXISTS links (s INTEGER NOT NULL, p INTEGER NOT NULL, t INTEGER NOT NULL, rank TEXT NOT NULL,
                                    PRIMARY KEY (s, p, t)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS wanted (n INTEGER PRIMARY KEY);`;

export class IngestStaging {
  private readonly insertPerson: Database.Statement;
  private readonly insertDeferred: Database.Statement;
  private readonly forgetLinks: Database.Statement;
  private readonly insertLink: Database.Statement;
  private readonly saveState: Database.Statement;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {
    this.insertPerson = db.prepare('INSERT OR REPLACE INTO people (n, json, revision) VALUES (?, ?, ?)');
    this.insertDeferred = db.prepare('INSERT OR REPLACE INTO deferred (n, json, revision) VALUES (?, ?, ?)');
    this.forgetLinks = db.prepare('DELETE FROM links WHERE s = ?');
    this.insertLink = db.prepare('INSERT OR REPLACE INTO links (s, p, t, rank) VALUES (?, ?, ?, ?)');
    this.saveState = db.prepare('INSERT OR REPLACE INTO state (id, value) VALUES (1, ?)');
  }

  /** A new, empty staging file (any old one is removed first) holding `state`. */
  static create(path: string, state: IngestState): IngestStaging {
    IngestStaging.remove(path);
    const staging = IngestStaging.connect(path);
    staging.guard(() => staging.saveState.run(JSON.stringify(state)));
    return staging;
  }

  /** The staging file left by an interrupted ingest, or null when there is none (or it is unreadable). */
  static open(path: string): IngestStaging | null {
    let staging: IngestStaging;
    try {
      staging = IngestStaging.connect(path, true);
    } catch {
      return null;
    }
    try {
      staging.state();
      return staging;
    } catch {
      staging.close();
      return null;
    }
  }

  static remove(path: string): void {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  }

  private static connect(path: string, mustExist = false): IngestStaging {
    let db: Database.Database;
    try {
      db = new Database(path, { fileMustExist: mustExist });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -65536');
      db.pragma('wal_autocheckpoint = 16384');
      db.exec(SCHEMA);
    } catch (cause) {
      throw storeError(path, cause);
    }
    return new IngestStaging(db, path);
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw storeError(this.path, error);
    }
  }

  state(): IngestState {
    const row = this.db.prepare('SELECT value FROM state WHERE id = 1').get() as { value: string } | undefined;
    if (!row) throw new Error('no ingest state');
    const state = JSON.parse(row.value) as IngestState;
    if (state.version !== 1) throw new Error('unknown ingest state');
    return state;
  }

  /** One batch and the checkpoint it reaches, in one transaction. */
  writeBatch(
    people: readonly StagedEntity[],
    deferred: readonly StagedEntity[],
    links: readonly StagedLink[],
    state: IngestState,
  ): void {
    this.guard(() =>
      this.db
        .transaction(() => {
          for (const e of people) {
            this.insertPerson.run(e.n, e.json, e.revision);
            this.forgetLinks.run(e.n);
          }
          for (const e of deferred) this.insertDeferred.run(e.n, e.json, e.revision);
          for (const l of links) this.insertLink.run(l.s, l.p, l.t, l.rank);
          this.saveState.run(JSON.stringify(state));
        })
        .immediate(),
    );
  }

  /**
   * End of the first pass: the humans kept in waiting that a link names become people; returns
   * the ids links name that are still not held (founders stated before any link to them, or not
   * in the dump at all).
   */
  settleFirstPass(): number[] {
    return this.guard(() => {
      this.db
        .prepare(
          'INSERT OR IGNORE INTO people (n, json, revision) SELECT n, json, revision FROM deferred WHERE n IN (SELECT t FROM links)',
        )
        .run();
      const rows = this.db
        .prepare('SELECT DISTINCT t FROM links WHERE t NOT IN (SELECT n FROM people) ORDER BY t')
        .pluck()
        .all() as number[];
      return rows;
    });
  }

  /** Records the ids the second pass looks for, with the state that starts it. */
  startSecondPass(ids: readonly number[], state: IngestState): void {
    this.guard(() =>
      this.db
        .transaction(() => {
          this.db.prepare('DELETE FROM wanted').run();
          const insert = this.db.prepare('INSERT OR IGNORE INTO wanted (n) VALUES (?)');
          for (const n of ids) insert.run(n);
          this.saveState.run(JSON.stringify(state));
        })
        .immediate(),
    );
  }

  /** The ids the second pass still looks for. */
  remainingWanted(): number[] {
    return this.guard(
      () => this.db.prepare('SELECT n FROM wanted WHERE n NOT IN (SELECT n FROM people)').pluck().all() as number[],
    );
  }

  setState(state: IngestState): void {
    this.guard(() => this.saveState.run(JSON.stringify(state)));
  }

  counts(): { people: number; links: number } {
    return this.guard(() => ({
      people: (this.db.prepare('SELECT count(*) FROM people').pluck().get() as number) ?? 0,
      links: (this.db.prepare('SELECT count(*) FROM links').pluck().get() as number) ?? 0,
    }));
  }

  /** Folds the WAL into the file (before another connection attaches it). */
  checkpoint(): void {
    this.guard(() => this.db.pragma('wal_checkpoint(TRUNCATE)'));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
