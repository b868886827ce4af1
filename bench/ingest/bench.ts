/**
 * bench/ingest: `wdkin ingest` of a multi-GB synthetic dump against `gzip -dc` and
 * wikibase-dump-filter on the same file, in one run (ratios, since these machines are shared);
 * then queries on a store of over a million people: 1,000 kinship questions on related pairs
 * (one shared source, as `wdkin kinship --pairs` does), a depth-3 crawl, and CLI start-up.
 *
 *   npm run bench:ingest                      (generates bench/.data/ dumps first if missing)
 *   node build/bench/ingest/bench.js [--dump FILE] [--people-dump FILE] [--pairs 1000] [--skip-filter]
 *        [--queries-only] (no throughput section: only the million-person store, built if missing)
 *        [--rebuild] (ingest the million-person store again)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCrawlPlan } from '../../src/crawl/options.js';
import { crawl } from '../../src/crawl/engine.js';
import { findKinship } from '../../src/kinship/find-kinship.js';
import { Store } from '../../src/store/store.js';
import { chainSources } from '../../src/wikidata/chain-source.js';
import { WIKIDATA_API } from '../../src/wikidata/endpoint.js';
import type { PersonSource } from '../../src/wikidata/person-source.js';
import { createStoredSource } from '../../src/wikidata/stored-source.js';
import { repoPath } from '../../test/support/paths.js';
import { royalId, type SyntheticDumpOptions } from '../../test/support/synthetic-dump.js';
import { relatedPairs } from './pairs.js';

const DATA = repoPath('bench', '.data');
const BIN = repoPath('dist', 'cli', 'wdkin.js');
const FILTER = repoPath('node_modules', '.bin', 'wikibase-dump-filter');

/** The two dumps the numbers in bench/README.md come from (bench/ingest/generate.ts). */
export const THROUGHPUT_DUMP: SyntheticDumpOptions & { file: string } = {
  file: join(DATA, 'dump-20.json.gz'),
  seed: 11,
  copies: 20,
  fillerPerPerson: 8,
  humanEvery: 1,
  founders: 250,
  horses: 20,
  padding: 'real',
};
export const PEOPLE_DUMP: SyntheticDumpOptions & { file: string } = {
  file: join(DATA, 'people-210.json.gz'),
  seed: 11,
  copies: 210,
  fillerPerPerson: 0,
  humanEvery: 0,
  founders: 5,
  horses: 2,
  padding: 'small',
};

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** Wall seconds and peak RSS (MB) of a shell command, by GNU time. */
function timed(command: string): { seconds: number; rssMb: number; stdout: string } {
  const report = join(DATA, `time-${process.pid}.txt`);
  const result = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %M', 'bash', '-c', command], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const [seconds, kb] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ');
  rmSync(report, { force: true });
  return { seconds: Number(seconds), rssMb: Number(kb) / 1024, stdout: result.stdout };
}

function ensureDump(dump: SyntheticDumpOptions & { file: string }): void {
  if (existsSync(dump.file)) return;
  mkdirSync(DATA, { recursive: true });
  const args = [
    repoPath('build', 'bench', 'ingest', 'generate.js'),
    dump.file,
    '--copies',
    String(dump.copies),
    '--filler',
    String(dump.fillerPerPerson),
    '--human-every',
    String(dump.humanEvery),
    '--founders',
    String(dump.founders),
    '--horses',
    String(dump.horses),
    '--padding',
    dump.padding!,
    '--seed',
    String(dump.seed),
  ];
  console.error(`generating ${dump.file} ...`);
  execFileSync(process.execPath, args, { stdio: 'inherit' });
}

const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;
const mb = (bytes: number) => bytes / 1e6;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function openOffline(path: string): { source: PersonSource; close: () => Promise<void> } {
  const user = Store.open(path);
  const bundled = Store.openReadOnly(repoPath('dist', 'data', 'european-royals.sqlite'));
  const options = { fetcher: null, endpoint: WIKIDATA_API, languages: ['en'], maxAgeMs: Number.POSITIVE_INFINITY };
  const source = chainSources(
    createStoredSource({ ...options, store: user }),
    createStoredSource({ ...options, store: bundled }),
  );
  return {
    source,
    close: async () => {
      user.close();
      bundled.close();
    },
  };
}

/** Ingest vs gzip -dc vs wikibase-dump-filter on the same file, in one run. */
function throughputSection(dump: string, size: number, work: string, say: (line: string) => void): void {
  const gzipBefore = timed(`gzip -dc ${quote(dump)} > /dev/null`);
  const storeA = join(work, 'throughput.sqlite');
  const ingest = timed(`node ${quote(BIN)} ingest ${quote(dump)} --store ${quote(storeA)} --json --quiet`);
  const summary = JSON.parse(ingest.stdout);
  const storeBytes = statSync(storeA).size;
  rmSync(storeA, { force: true });
  const complete = timed(
    `node ${quote(BIN)} ingest ${quote(dump)} --store ${quote(storeA)} --second-pass --json --quiet`,
  );
  const full = JSON.parse(complete.stdout);
  const filter = process.argv.includes('--skip-filter')
    ? null
    : timed(`gzip -dc ${quote(dump)} | ${quote(FILTER)} --claim 'P22|P25|P40|P26' > /dev/null`);
  const gzipAfter = timed(`gzip -dc ${quote(dump)} > /dev/null`);
  const gzip = (gzipBefore.seconds + gzipAfter.seconds) / 2;
  const row = (what: string, seconds: number, rss: number | null) =>
    say(
      `| ${what} | ${seconds.toFixed(1)} | ${(mb(size) / seconds).toFixed(1)} | ${(gzip / seconds).toFixed(2)}x | ${rss === null ? '' : rss.toFixed(0)} |`,
    );
  say(
    `\n### Ingest of ${dump.split('/').pop()} (${mb(size).toFixed(0)} MB gzip, ${summary.items} entities, ${summary.people} people kept)`,
  );
  say('| step | seconds | MB/s of gzip | throughput vs gzip -dc | peak RSS MB |');
  say('|---|---:|---:|---:|---:|');
  row(
    `gzip -dc > /dev/null (mean of ${gzipBefore.seconds} s before and ${gzipAfter.seconds} s after)`,
    gzip,
    Math.max(gzipBefore.rssMb, gzipAfter.rssMb),
  );
  row('**wdkin ingest** (one pass + swap into the store)', ingest.seconds, ingest.rssMb);
  row('- its pass (read, pre-filter, parse, stage)', summary.timings.firstPass, null);
  row('- its swap into the store', summary.timings.swap, null);
  row(
    `wdkin ingest --second-pass (second pass: ${full.secondPass ? `${full.secondPass.found} of ${full.secondPass.wanted} non-human items, ${full.secondPass.lines} lines, ${full.timings.secondPass.toFixed(1)} s` : 'not needed'})`,
    complete.seconds,
    complete.rssMb,
  );
  if (filter) row("gzip -dc \\| wikibase-dump-filter --claim 'P22\\|P25\\|P40\\|P26'", filter.seconds, filter.rssMb);
  say(
    `\nlines parsed: ${summary.parsed} of ${summary.items} (${(summary.parsedShare * 100).toFixed(1)} %); store ${mb(storeBytes).toFixed(0)} MB = ${(storeBytes / summary.people).toFixed(0)} bytes per person; ${summary.notKept} non-human items named before their link not kept without --second-pass; ${summary.notInDump} link targets not in the dump`,
  );
  say(
    `ingest / gzip -dc throughput: ${(gzip / ingest.seconds).toFixed(2)} (target >= 0.8); with --second-pass: ${(gzip / complete.seconds).toFixed(2)}`,
  );
  if (filter) say(`ingest vs wikibase-dump-filter: ${(filter.seconds / ingest.seconds).toFixed(2)}x faster`);
  rmSync(storeA, { force: true });
}

async function main(): Promise<void> {
  const throughput = { ...THROUGHPUT_DUMP, file: flag('dump') ?? THROUGHPUT_DUMP.file };
  const people = { ...PEOPLE_DUMP, file: flag('people-dump') ?? PEOPLE_DUMP.file };
  const pairCount = Number(flag('pairs') ?? 1000);
  const queriesOnly = process.argv.includes('--queries-only');
  if (!queriesOnly) ensureDump(throughput);
  ensureDump(people);
  const work = join(DATA, 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const dump = throughput.file;
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    console.error(line);
  };
  say(`uptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);

  // 1. Throughput: gzip -dc, ingest, wikibase-dump-filter, gzip -dc again, on the same file.
  if (!queriesOnly) throughputSection(dump, statSync(dump).size, work, say);
  // 2. A store of over a million people.
  const storeB = join(DATA, 'people-210.sqlite');
  if (!existsSync(storeB) || process.argv.includes('--rebuild')) {
    rmSync(storeB, { force: true });
    const built = timed(`node ${quote(BIN)} ingest ${quote(people.file)} --store ${quote(storeB)} --json --quiet`);
    const s = JSON.parse(built.stdout);
    say(
      `\n### Store of ${s.people} people: ingest of ${people.file.split('/').pop()} (${mb(statSync(people.file).size).toFixed(0)} MB gzip)`,
    );
    say(
      `${built.seconds.toFixed(1)} s (first pass ${s.timings.firstPass.toFixed(1)} s, swap ${s.timings.swap.toFixed(1)} s), peak RSS ${built.rssMb.toFixed(0)} MB, store ${mb(statSync(storeB).size).toFixed(0)} MB = ${(statSync(storeB).size / s.people).toFixed(0)} bytes per person (${s.links} links)`,
    );
  }
  // What `--offline --store people-210.sqlite` opens: the store, then the bundled snapshot's store.
  const started = performance.now();
  const opened = openOffline(storeB);
  const openMs = performance.now() - started;
  try {
    const pairs = relatedPairs(people, pairCount, 7);
    await findKinship(opened.source, pairs[0]![0], pairs[0]![1], { languages: ['en'] });
    const times: number[] = [];
    let related = 0;
    for (const [a, b] of pairs) {
      const t = performance.now();
      const answer = await findKinship(opened.source, a, b, { languages: ['en'] });
      times.push(performance.now() - t);
      if (answer.relationships.length > 0) related += 1;
    }
    const sorted = [...times].sort((x, y) => x - y);
    const mean = times.reduce((x, y) => x + y, 0) / times.length;
    say(
      `\n### Queries on the ${mb(statSync(storeB).size).toFixed(0)} MB store (source opened in ${openMs.toFixed(0)} ms)`,
    );
    say(
      `kinship, ${pairs.length} related pairs, one shared source (findKinship, as kinship --pairs): mean ${mean.toFixed(1)} ms, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms; ${related} answered with a blood relationship (target: mean <= 50 ms)`,
    );
    const crawlTimes: number[] = [];
    let crawled = 0;
    for (let copy = 0; copy < 5; copy += 1) {
      const seed = royalId(people, (copy * 41) % people.copies, 'Q9439');
      const t = performance.now();
      const result = await crawl(opened.source, makeCrawlPlan({ seeds: [seed], depth: 3 }), {
        meta: { endpoint: 'bench', languages: ['en'], crawledAt: '', wdkinVersion: '' },
      });
      crawlTimes.push(performance.now() - t);
      crawled = result.graph.order;
    }
    say(
      `crawl of Queen Victoria --depth 3 (${crawled} people, 5 copies): ${crawlTimes.map((t) => t.toFixed(0)).join(', ')} ms (target <= 100 ms after start-up)`,
    );
  } finally {
    await opened.close();
  }

  // 2b. The same 1,000 pairs through the CLI: `wdkin kinship --pairs FILE --offline --store S`, one process.
  {
    const pairs = relatedPairs(people, pairCount, 7);
    const tsv = join(work, 'pairs.tsv');
    writeFileSync(tsv, `${pairs.map(([a, b]) => `${a}\t${b}`).join('\n')}\n`);
    const run = timed(`node ${quote(BIN)} kinship --pairs ${quote(tsv)} --offline --store ${quote(storeB)}`);
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { seconds?: number; relationships?: unknown[] });
    const seconds = answers.map((a) => (a.seconds ?? 0) * 1000).sort((x, y) => x - y);
    const related = answers.filter((a) => (a.relationships ?? []).length > 0).length;
    say(
      `kinship --pairs (CLI, one process, ${answers.length} answers, start-up included): ${run.seconds.toFixed(2)} s wall = ${((run.seconds * 1000) / answers.length).toFixed(1)} ms per pair; per answer (4 in flight) p50 ${percentile(seconds, 0.5).toFixed(1)} ms, p99 ${percentile(seconds, 0.99).toFixed(1)} ms; peak RSS ${run.rssMb.toFixed(0)} MB; ${related} related`,
    );
  }

  // 3. CLI wall time, start-up included.
  const cliRun = (args: string) => {
    const runs = [0, 1, 2, 3, 4].map(() => timed(`node ${quote(BIN)} ${args}`).seconds).sort((x, y) => x - y);
    return runs[2]!;
  };
  const userStore = join(work, 'user.sqlite');
  const outFile = join(work, 'v.json');
  say(`\n### wdkin crawl --depth 3, wall time with start-up (median of 5)`);
  say(
    `- crawl Q9439 --depth 3 --offline (bundled store, read on demand): ${cliRun(`crawl Q9439 --depth 3 --offline --store ${quote(userStore)} --out ${quote(outFile)} --quiet`).toFixed(2)} s`,
  );
  say(
    `- crawl Q9439 --depth 3 --snapshot data/european-royals.ndjson.gz (the file read into memory, as --offline did before): ${cliRun(`crawl Q9439 --depth 3 --snapshot ${quote(repoPath('data', 'european-royals.ndjson.gz'))} --out ${quote(outFile)} --quiet`).toFixed(2)} s`,
  );
  say(
    `- crawl ${royalId(people, 100, 'Q9439')} --depth 3 --offline --store people-210.sqlite: ${cliRun(`crawl ${royalId(people, 100, 'Q9439')} --depth 3 --offline --store ${quote(storeB)} --out ${quote(outFile)} --quiet`).toFixed(2)} s`,
  );
  say(`- node -e '' (Node start-up alone): ${timed(`node -e ''`).seconds.toFixed(2)} s`);
  rmSync(work, { recursive: true, force: true });
  console.log(out.join('\n'));
}

await main();
