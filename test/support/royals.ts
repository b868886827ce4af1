/**
 * The european-royals dataset (the bundled snapshot), and an independent reading of its flat table
 * (people.tsv) for checks that must not share code with the crawler.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fixturePath, ROYALS_DATASET } from './paths.js';

/** The dataset in dump format (gzip); every source and the fake server read it as is. */
export const ROYALS_NDJSON = ROYALS_DATASET;
/** The same people as a flat table, copied from the dataset's origin (test/fixtures/european-royals). */
export const ROYALS_TSV = fixturePath('european-royals', 'people.tsv.gz');

export interface TsvPerson {
  qid: string;
  fathers: string[];
  mothers: string[];
  spouses: string[];
}

export function readRoyalsTable(): Map<string, TsvPerson> {
  const [header, ...rows] = gunzipSync(readFileSync(ROYALS_TSV)).toString('utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  const col = (name: string) => columns.indexOf(name);
  const split = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
  const people = new Map<string, TsvPerson>();
  for (const row of rows) {
    const cells = row.split('\t');
    const qid = cells[col('qid')]!;
    people.set(qid, {
      qid,
      fathers: split(cells[col('fathers')]),
      mothers: split(cells[col('mothers')]),
      spouses: split(cells[col('spouses')]),
    });
  }
  return people;
}

/** Plain BFS over the table: parents, children (inverse of parents) and optionally spouses. */
export function tableBfs(
  seeds: string[],
  depth: number,
  options: { up?: boolean; down?: boolean; spouses?: boolean } = {},
): Map<string, number> {
  const people = readRoyalsTable();
  const children = new Map<string, string[]>();
  for (const p of people.values()) {
    for (const parent of [...p.fathers, ...p.mothers]) children.set(parent, [...(children.get(parent) ?? []), p.qid]);
  }
  const dist = new Map<string, number>();
  let frontier = seeds.filter((s) => people.has(s));
  for (const s of frontier) dist.set(s, 0);
  for (let d = 1; d <= depth; d += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      const p = people.get(id)!;
      const around = [
        ...(options.down ? [] : [...p.fathers, ...p.mothers]),
        ...(options.up ? [] : (children.get(id) ?? [])),
        ...(options.spouses ? p.spouses : []),
      ];
      for (const n of around) {
        if (!people.has(n) || dist.has(n)) continue;
        dist.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return dist;
}
