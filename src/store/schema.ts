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
];
