/** The store's schema; `user_version` says which migrations have run. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE entities (
     endpoint   TEXT NOT NULL,
     qid        TEXT NOT NULL,
     status     TEXT NOT NULL CHECK (status IN ('ok', 'missing', 'redirect')),
     target     TEXT,
     json       TEXT,
     languages  TEXT NOT NULL,
     revision   INTEGER,
     fetched_at INTEGER NOT NULL,
     PRIMARY KEY (endpoint, qid)
   ) WITHOUT ROWID;
   CREATE TABLE crawls (
     id         INTEGER PRIMARY KEY,
     key        TEXT NOT NULL,
     options    TEXT NOT NULL,
     status     TEXT NOT NULL CHECK (status IN ('running', 'done', 'partial')),
     level      INTEGER NOT NULL DEFAULT -1,
     people     INTEGER NOT NULL DEFAULT 0,
     started_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX crawls_by_key ON crawls (key, id);
   CREATE TABLE crawl_levels (
     crawl_id   INTEGER NOT NULL REFERENCES crawls (id) ON DELETE CASCADE,
     level      INTEGER NOT NULL,
     size       INTEGER NOT NULL,
     failed     TEXT NOT NULL,
     done_at    INTEGER NOT NULL,
     PRIMARY KEY (crawl_id, level)
   );`,
  // 2: family links indexed in both directions (who points at X), and cached reverse searches.
  `CREATE TABLE links (
     endpoint   TEXT NOT NULL,
     source     TEXT NOT NULL,
     property   TEXT NOT NULL,
     target     TEXT NOT NULL,
     rank       TEXT NOT NULL,
     PRIMARY KEY (endpoint, source, property, target)
   ) WITHOUT ROWID;
   CREATE INDEX links_by_target ON links (endpoint, target, property);
   CREATE TABLE searches (
     endpoint   TEXT NOT NULL,
     query      TEXT NOT NULL,
     ids        TEXT NOT NULL,
     fetched_at INTEGER NOT NULL,
     PRIMARY KEY (endpoint, query)
   ) WITHOUT ROWID;
   WITH good AS MATERIALIZED (SELECT endpoint, qid, json FROM entities WHERE status = 'ok' AND json_valid(json))
   INSERT OR IGNORE INTO links (endpoint, source, property, target, rank)
     SELECT e.endpoint, e.qid, p.key, json_extract(s.value, '$.mainsnak.datavalue.value.id'),
            coalesce(json_extract(s.value, '$.rank'), 'normal')
     FROM good e, json_each(e.json, '$.claims') p, json_each(p.value) s
     WHERE p.key IN ('P22', 'P25', 'P40', 'P26')
       AND json_extract(s.value, '$.mainsnak.snaktype') = 'value'
       AND json_extract(s.value, '$.mainsnak.datavalue.value.id') IS NOT NULL;`,
  // 3: which dump the store holds for each endpoint (wdkin ingest).
  `CREATE TABLE dumps (
     endpoint    TEXT PRIMARY KEY,
     file        TEXT NOT NULL,
     size        INTEGER,
     dump_date   INTEGER NOT NULL,
     languages   TEXT NOT NULL,
     people      INTEGER NOT NULL,
     links       INTEGER NOT NULL,
     ingested_at INTEGER NOT NULL
   ) WITHOUT ROWID;`,
  // 4: entities as a rowid table with a unique key. In a WITHOUT ROWID table a row longer than
  // about 1 KB (most entities) spills into an overflow page of its own, doubling the file; a rowid
  // table keeps rows of up to 4 KB in the page.
  `CREATE TABLE entities_v4 (
     endpoint   TEXT NOT NULL,
     qid        TEXT NOT NULL,
     status     TEXT NOT NULL CHECK (status IN ('ok', 'missing', 'redirect')),
     target     TEXT,
     json       TEXT,
     languages  TEXT NOT NULL,
     revision   INTEGER,
     fetched_at INTEGER NOT NULL,
     UNIQUE (endpoint, qid)
   );
   INSERT INTO entities_v4 (endpoint, qid, status, target, json, languages, revision, fetched_at)
     SELECT endpoint, qid, status, target, json, languages, revision, fetched_at FROM entities;
   DROP TABLE entities;
   ALTER TABLE entities_v4 RENAME TO entities;`,
];
