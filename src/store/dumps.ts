/**
 * The dump a store holds for an endpoint (wdkin ingest): the swap of a finished ingest's staging
 * file into the store, in one transaction, so readers see the old dump or the new one, never a
 * half-ingested store, and a kill during the swap leaves the old one.
 */
import type Database from 'better-sqlite3';

export interface DumpRecord {
  endpoint: string;
  /** The file name as given (`-` for standard input). */
  file: string;
  /** Its size in bytes (null for standard input). */
  size: number | null;
  /** Milliseconds since 1970: the newest `modified` among the entities read. */
  dumpDate: number;
  /** The language chain the labels were kept for ('*' = all). */
  languages: string;
  people: number;
  links: number;
  ingestedAt: number;
}

/**
 * Replaces everything stored for `endpoint` (entities and links) with the staging file's people
 * and links: `fetched_at` = the dump date, status 'ok'. Returns what was written.
 */
export function swapInDump(
  db: Database.Database,
  stagingPath: string,
  record: Omit<DumpRecord, 'people' | 'links'>,
): DumpRecord {
  db.prepare('ATTACH DATABASE ? AS staging').run(stagingPath);
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -131072'); // 128 MB while millions of rows go in (in id order: no sort)
  try {
    return db
      .transaction((): DumpRecord => {
        const { endpoint } = record;
        db.prepare('DELETE FROM entities WHERE endpoint = ?').run(endpoint);
        db.prepare('DELETE FROM links WHERE endpoint = ?').run(endpoint);
        const people = db
          .prepare(
            `INSERT INTO entities (endpoint, qid, status, target, json, languages, revision, fetched_at)
             SELECT ?, 'Q' || n, 'ok', NULL, json, ?, revision, ? FROM staging.people`,
          )
          .run(endpoint, record.languages === '*' ? 'en' : record.languages, record.dumpDate).changes;
        const links = db
          .prepare(
            `INSERT INTO links (endpoint, source, property, target, rank)
             SELECT ?, 'Q' || s, 'P' || p, 'Q' || t, rank FROM staging.links`,
          )
          .run(endpoint).changes;
        const full: DumpRecord = { ...record, people, links };
        db.prepare(
          `INSERT OR REPLACE INTO dumps (endpoint, file, size, dump_date, languages, people, links, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(endpoint, full.file, full.size, full.dumpDate, full.languages, people, links, full.ingestedAt);
        return full;
      })
      .immediate();
  } finally {
    db.pragma(`cache_size = ${cache}`);
    db.prepare('DETACH DATABASE staging').run();
  }
}

export function readDumpRecord(db: Database.Database, endpoint: string): DumpRecord | null {
  const row = db.prepare('SELECT * FROM dumps WHERE endpoint = ?').get(endpoint) as
    | {
        endpoint: string;
        file: string;
        size: number | null;
        dump_date: number;
        languages: string;
        people: number;
        links: number;
        ingested_at: number;
      }
    | undefined;
  if (!row) return null;
  return {
    endpoint: row.endpoint,
    file: row.file,
    size: row.size,
    dumpDate: row.dump_date,
    languages: row.languages,
    people: row.people,
    links: row.links,
    ingestedAt: row.ingested_at,
  };
}
