/**
 * bench/startup: how long a whole `wdkin` process takes for quick commands, against a bare
 * `node -e 0` start measured in the same rounds (these machines are noisy: only differences
 * and ratios within one run mean anything).
 * - the shipped bin (dist/cli/wdkin.js, esbuild's bundle) and tsc's unbundled dist/cli/main.js;
 * - `--help`, `crawl Q9439 --depth 3 --offline --out x.json`, offline `kinship Q9682 Q80976`.
 * Rounds interleave the commands (one of each per round), so a busy moment hits all of them.
 * Target (issue 7): the offline crawl at most bare node + 0.15 s.
 *
 *   npm run bench:startup        (builds first; BENCH_ROUNDS=N, default 30)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../test/support/paths.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const BUNDLE = repoPath('dist', 'cli', 'wdkin.js');
const UNBUNDLED = repoPath('dist', 'cli', 'main.js');
const out = mkdtempSync(join(tmpdir(), 'wdkin-startup-'));

interface Case {
  name: string;
  args: string[];
}

const commands = (bin: string, label: string): Case[] => [
  { name: `${label} --help`, args: [bin, '--help'] },
  {
    name: `${label} crawl Q9439 --depth 3 --offline --out x.json`,
    args: [bin, 'crawl', 'Q9439', '--depth', '3', '--offline', '--out', join(out, 'x.json')],
  },
  { name: `${label} kinship Q9682 Q80976 --offline`, args: [bin, 'kinship', 'Q9682', 'Q80976', '--offline'] },
];

const CASES: Case[] = [
  { name: 'node -e 0 (bare start)', args: ['-e', '0'] },
  ...commands(BUNDLE, 'wdkin'),
  ...commands(UNBUNDLED, 'unbundled'),
];

function once(args: string[]): number {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: out, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return ms;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const times = CASES.map(() => [] as number[]);
for (const c of CASES) once(c.args); // warm the file cache
for (let round = 0; round < ROUNDS; round += 1) {
  CASES.forEach((c, i) => times[i]!.push(once(c.args)));
}
rmSync(out, { recursive: true, force: true });

const medians = times.map((t) =>
  quantile(
    [...t].sort((a, b) => a - b),
    0.5,
  ),
);
const bare = medians[0]!;
console.log(`${ROUNDS} interleaved rounds; node ${process.version}; median wall time of a whole process\n`);
console.log('| command | median | p90 | over bare node | × bare node |');
console.log('|---|---:|---:|---:|---:|');
CASES.forEach((c, i) => {
  const sorted = [...times[i]!].sort((a, b) => a - b);
  const over = i === 0 ? '' : `+${(medians[i]! - bare).toFixed(0)} ms`;
  const ratio = i === 0 ? '1.00' : (medians[i]! / bare).toFixed(2);
  console.log(
    `| ${c.name} | ${medians[i]!.toFixed(0)} ms | ${quantile(sorted, 0.9).toFixed(0)} ms | ${over} | ${ratio} |`,
  );
});
const crawl = medians[2]! - bare;
console.log(
  `\ntarget: the offline crawl at most bare node + 150 ms: ${crawl <= 150 ? 'met' : 'NOT met'} (+${crawl.toFixed(0)} ms)`,
);
