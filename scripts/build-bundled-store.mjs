/* global URL */
// npm run build: the bundled snapshot (data/european-royals.ndjson.gz) ingested into
// dist/data/european-royals.sqlite, which `--offline` opens read-only and reads on demand.
// Every item and every label is kept, so offline answers equal the snapshot file's.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestDump } from '../dist/ingest/ingest.js';
import { WIKIDATA_API } from '../dist/wikidata/endpoint.js';

const source = fileURLToPath(new URL('../data/european-royals.ndjson.gz', import.meta.url));
const target = fileURLToPath(new URL('../dist/data/european-royals.sqlite', import.meta.url));
mkdirSync(fileURLToPath(new URL('../dist/data/', import.meta.url)), { recursive: true });
for (const suffix of ['', '-wal', '-shm', '.ingest', '.ingest-wal', '.ingest-shm'])
  rmSync(target + suffix, { force: true });
const started = Date.now();
const summary = await ingestDump({
  input: source,
  storePath: target,
  endpoint: WIKIDATA_API,
  languages: null,
  everything: true,
  threads: false,
});
// A rollback journal, not WAL: a read-only install can open it without writing a -shm file.
const db = new Database(target);
db.pragma('journal_mode = DELETE');
db.exec('VACUUM');
db.close();
console.log(
  `dist/data/european-royals.sqlite: ${summary.people} people, ${summary.links} links in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
