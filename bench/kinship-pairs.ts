/**
 * bench/kinship-pairs: many questions in one run, and deep pedigrees, on the bundled snapshot
 * (no network): the wall time and the peak memory (RSS) of whole `wdkin` runs.
 * - `wdkin kinship --pairs FILE` on 1,000 pairs: seconds per pair, for random pairs of the
 *   dataset and for pairs of Queen Victoria's descendants; against one process per pair.
 * - `wdkin kinship A B --max-generations 30` for the pairs with the most lines, text and --json.
 * Every measurement runs the real CLI (`run()`) in a fresh child process, so its peak RSS is its own.
 *
 *   npm run build:bench && node build/bench/kinship-pairs.js       (from the repository root)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/run.js';
import { mulberry32 } from '../src/random.js';
import { ROYALS_DATASET } from '../test/support/paths.js';
import { readRoyalsTable } from '../test/support/royals.js';

/** The CLI entry point compiled next to this script (build/src/cli/main.js). */
const CLI = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const PAIRS = Number(process.env.BENCH_PAIRS ?? 1000);
/** Pairs answered by one process each, to compare (a few: each process reads the snapshot again). */
const SINGLE_RUNS = Number(process.env.BENCH_SINGLE_RUNS ?? 10);
const DEEP_PAIRS: Array<[string, string, string]> = [
  ['Q20994883', 'Q526743', 'the most lines of descent in the data (104,249 pairs of lines at 30 generations)'],
  ['Q78636', 'Q443417', 'the issue\'s "74-fold eighth cousin once removed"'],
  ['Q9682', 'Q80976', 'Elizabeth II and Prince Philip'],
];

interface Measure {
  code: number;
  seconds: number;
  peakMb: number;
  bytes: number;
  lines: number;
}

/** In the child: one CLI run, its output counted, then its time and peak RSS as JSON on stdout. */
async function child(argv: string[]): Promise<void> {
  let bytes = 0;
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines += 1;
      done();
    },
  });
  const started = performance.now();
  const code = await run(argv, { stdout: sink, stderr: process.stderr, env: {}, cwd: process.cwd() });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ code, seconds, peakMb, bytes, lines } satisfies Measure)}\n`);
}

function measure(argv: string[]): Measure {
  const self = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, [self, '--child', ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as Measure;
}

/** `count` distinct pairs of different people drawn from `ids` with a seeded generator. */
function randomPairs(ids: string[], count: number, seed: number): Array<[string, string]> {
  const random = mulberry32(seed);
  const pick = () => ids[Math.floor(random() * ids.length)]!;
  const pairs: Array<[string, string]> = [];
  while (pairs.length < count) {
    const a = pick();
    const b = pick();
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

function descendantsOf(root: string): string[] {
  const children = new Map<string, string[]>();
  for (const person of readRoyalsTable().values()) {
    for (const parent of [...person.fathers, ...person.mothers]) {
      children.set(parent, [...(children.get(parent) ?? []), person.qid]);
    }
  }
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  seen.delete(root);
  return [...seen];
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'wdkin-bench-pairs-'));
  const snapshot = ['--snapshot', ROYALS_DATASET, '--lang', 'en,fr'];
  const rows: string[] = [];
  try {
    const sets: Array<[string, Array<[string, string]>]> = [
      ['random pairs of the 5,171 people', randomPairs([...readRoyalsTable().keys()], PAIRS, 1)],
      ["random pairs of Queen Victoria's descendants", randomPairs(descendantsOf('Q9439'), PAIRS, 2)],
    ];
    rows.push(
      `### \`wdkin kinship --pairs\`: ${PAIRS} pairs in one process`,
      '',
      '| pairs | seconds | per pair (ms) | peak RSS (MB) | one process per pair (ms per pair) | ratio |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const [name, pairs] of sets) {
      const file = join(dir, 'pairs.tsv');
      writeFileSync(file, pairs.map(([a, b]) => `${a}\t${b}`).join('\n'));
      const many = measure(['kinship', '--pairs', file, ...snapshot]);
      if (many.lines !== PAIRS) throw new Error(`expected ${PAIRS} answers, got ${many.lines}`);
      let single = 0;
      for (const [a, b] of pairs.slice(0, SINGLE_RUNS)) {
        const started = performance.now();
        spawnSync(process.execPath, [CLI, 'kinship', a, b, '--json', ...snapshot]);
        single += performance.now() - started;
      }
      const perPair = (many.seconds * 1000) / PAIRS;
      const perProcess = single / SINGLE_RUNS;
      rows.push(
        `| ${name} | ${many.seconds.toFixed(2)} | ${perPair.toFixed(1)} | ${many.peakMb.toFixed(0)} | ${perProcess.toFixed(0)} | ${(perProcess / perPair).toFixed(0)}x |`,
      );
    }
    rows.push(
      '',
      '### `wdkin kinship A B --max-generations 30`',
      '',
      '| pair | output | relationships | seconds | peak RSS (MB) | output (KB) |',
      '|---|---|---:|---:|---:|---:|',
    );
    for (const [a, b, name] of DEEP_PAIRS) {
      for (const json of [false, true]) {
        const m = measure(['kinship', a, b, '--max-generations', '30', ...(json ? ['--json'] : []), ...snapshot]);
        const count = json
          ? String(countRelationships(['kinship', a, b, '--max-generations', '30', '--json', ...snapshot]))
          : '10 shown';
        rows.push(
          `| ${a} / ${b}: ${name} | ${json ? 'JSON' : 'text'} | ${count} | ${m.seconds.toFixed(2)} | ${m.peakMb.toFixed(0)} | ${(m.bytes / 1024).toFixed(0)} |`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(rows.join('\n'));
}

/** The relationships listed by a --json run (run in a child, read from its stdout). */
function countRelationships(argv: string[]): number {
  const out = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return (JSON.parse(out.stdout) as { relationships: unknown[] }).relationships.length;
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else main();
