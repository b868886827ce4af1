/**
 * Writes the one-sided variant of the bundled european-royals dataset (test/support/one-sided.ts)
 * as gzip NDJSON, for manual runs (`wdkin ... --offline` on it, or the fake server), and prints
 * what was dropped. The same seed gives byte-identical output.
 *
 *   npm run data:one-sided -- OUT.ndjson.gz [--seed N] [--drop-child 0.3] [--drop-parent 0.1]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import { oneSidedRoyals } from '../test/support/one-sided.js';

export const DEFAULT_SEED = 9;

function number(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed))
    throw new RangeError(`Expected --${name} to be a number, got \`${value}\``);
  return parsed;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { seed: { type: 'string' }, 'drop-child': { type: 'string' }, 'drop-parent': { type: 'string' } },
  });
  const out = positionals[0];
  if (out === undefined || positionals.length > 1) {
    throw new RangeError('Expected one output path, e.g. npm run data:one-sided -- /tmp/royals-one-sided.ndjson.gz');
  }
  const variant = await oneSidedRoyals({
    seed: number('seed', values.seed, DEFAULT_SEED),
    dropChildShare: number('drop-child', values['drop-child'], 0.3),
    dropParentShare: number('drop-parent', values['drop-parent'], 0.1),
  });
  const ndjson = variant.entities.map((entity) => `${JSON.stringify(entity)}\n`).join('');
  await writeFile(out, gzipSync(ndjson, { level: constants.Z_BEST_COMPRESSION }));
  const { counts } = variant;
  console.log(`${out}: ${variant.entities.length} entities, ${variant.dropped.length} statements dropped`);
  console.log(JSON.stringify(counts, null, 2));
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
