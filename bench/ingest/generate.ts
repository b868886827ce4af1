/**
 * Writes a synthetic Wikidata JSON dump (test/support/synthetic-dump.ts) of any size, streamed:
 * `.gz` through pigz or gzip (-6, Wikimedia's level) when installed, else zlib; `.bz2` through
 * lbzip2 or bzip2; anything else plain.
 *
 *   node build/bench/ingest/generate.js OUT.json.gz [--copies 20] [--filler 8] [--human-every 1]
 *        [--padding real|small] [--seed 11]
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import {
  syntheticDumpLines,
  type SyntheticDumpOptions,
  type SyntheticFamilies,
} from '../../test/support/synthetic-dump.js';

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1]! : fallback;
}

function has(tool: string): boolean {
  return !spawnSync(tool, ['--version'], { stdio: 'ignore' }).error;
}

export function generatorOptions(): SyntheticDumpOptions {
  return {
    seed: Number(flag('seed', '11')),
    copies: Number(flag('copies', '20')),
    fillerPerPerson: Number(flag('filler', '8')),
    humanEvery: Number(flag('human-every', '1')),
    founders: Number(flag('founders', '250')),
    horses: Number(flag('horses', '20')),
    padding: flag('padding', 'real') === 'small' ? 'small' : 'real',
  };
}

export async function writeDump(
  path: string,
  options: SyntheticDumpOptions,
): Promise<{ bytes: number; lines: number; families: SyntheticFamilies }> {
  const file = createWriteStream(path);
  let sink: Writable = file;
  const done: Promise<unknown> = once(file, 'close');
  if (path.endsWith('.gz') || path.endsWith('.bz2')) {
    const tool = path.endsWith('.gz')
      ? has('pigz')
        ? 'pigz'
        : has('gzip')
          ? 'gzip'
          : null
      : has('lbzip2')
        ? 'lbzip2'
        : 'bzip2';
    if (tool) {
      const child = spawn(tool, ['-6', '-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
      child.stdout.pipe(file);
      sink = child.stdin;
    } else {
      const gzip = createGzip({ level: 6 });
      gzip.pipe(file);
      sink = gzip;
    }
  }
  const families = {} as SyntheticFamilies;
  let bytes = 0;
  let lines = 0;
  let buffered: string[] = [];
  let size = 0;
  for (const line of syntheticDumpLines(options, families)) {
    buffered.push(line);
    size += line.length;
    lines += 1;
    if (size > 1 << 20) {
      const text = buffered.join('');
      bytes += Buffer.byteLength(text);
      buffered = [];
      size = 0;
      if (!sink.write(text)) await once(sink, 'drain');
    }
  }
  const text = buffered.join('');
  bytes += Buffer.byteLength(text);
  sink.end(text);
  await done;
  return { bytes, lines, families };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').slice(-3).join('/'))) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: generate.js OUT.json.gz [--copies N] ...');
  const started = Date.now();
  const result = await writeDump(out, generatorOptions());
  console.log(
    JSON.stringify({
      out,
      uncompressedBytes: result.bytes,
      lines: result.lines,
      people: result.families.people,
      seconds: (Date.now() - started) / 1000,
    }),
  );
}
