/** Small synthetic dumps on disk in every format, and a store's content for comparisons. */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticDumpLines, type SyntheticDumpOptions, type SyntheticFamilies } from '../support/synthetic-dump.js';

export const SMALL: SyntheticDumpOptions = {
  seed: 5,
  copies: 2,
  fillerPerPerson: 1,
  humanEvery: 4,
  founders: 3,
  horses: 2,
  padding: 'small',
  badLines: 2,
};

export interface SmallDumps {
  plain: string;
  gz: string;
  bz2: string;
  families: SyntheticFamilies;
}

export function writeSmallDumps(dir: string, options: SyntheticDumpOptions = SMALL): SmallDumps {
  const families = {} as SyntheticFamilies;
  const text = [...syntheticDumpLines(options, families)].join('');
  const plain = join(dir, 'dump.json');
  writeFileSync(plain, text);
  const gz = join(dir, 'dump.json.gz');
  writeFileSync(gz, gzipSync(text));
  const bz2 = join(dir, 'dump.json.bz2');
  const lbzip2 = !spawnSync('lbzip2', ['--version'], { stdio: 'ignore' }).error;
  const compressed = spawnSync(lbzip2 ? 'lbzip2' : 'bzip2', ['-1', '-c', plain], { maxBuffer: 1 << 30 });
  if (compressed.status !== 0) throw new Error('bzip2 is needed for the tests');
  writeFileSync(bz2, compressed.stdout);
  return { plain, gz, bz2, families };
}

/** Everything the store holds for the family graph, in a stable order (not when it was written). */
export function storeContent(path: string): { entities: unknown[]; links: unknown[]; dumps: unknown[] } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      entities: db
        .prepare(
          'SELECT endpoint, qid, status, target, json, languages, revision, fetched_at FROM entities ORDER BY endpoint, qid',
        )
        .all(),
      links: db.prepare('SELECT * FROM links ORDER BY endpoint, source, property, target').all(),
      dumps: db
        .prepare('SELECT endpoint, size, dump_date, languages, people, links FROM dumps ORDER BY endpoint')
        .all(),
    };
  } finally {
    db.close();
  }
}

/** The staging file's state (null while there is none or it is being created). */
export function stagingState(path: string): { pass: number; line: number; phase: string } | null {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT value FROM state WHERE id = 1').get() as { value: string } | undefined;
      return row ? JSON.parse(row.value) : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** A saved graph without what differs by design between runs and sources (date, source name). */
export function graphOf(path: string): unknown {
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  for (const holder of [saved.attributes, saved.wdkin]) {
    if (!holder) continue;
    delete holder.crawledAt;
    delete holder.endpoint;
    delete holder.source;
  }
  return saved;
}
