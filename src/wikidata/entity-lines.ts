import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { UsageError } from '../errors.js';
import { printablePath } from '../files/printable.js';

export interface EntityLine {
  lineNumber: number;
  entity?: Record<string, unknown>;
  error?: string;
}

/**
 * Streams entities from NDJSON or Wikidata's JSON dump format (a `[` line, one entity per line
 * ending with `,`, a `]` line), plain or gzip-compressed (by magic bytes, not file name).
 * Yields one item per non-empty line; a malformed line is yielded with `error`, never thrown.
 */
export async function* readEntityLines(path: string): AsyncGenerator<EntityLine> {
  const compressed = await isGzip(path);
  const raw = createReadStream(path);
  let broken: Error | null = null;
  const input: Readable = compressed
    ? pipeline(raw, createGunzip(), (error) => {
        broken ??= error ?? null;
      })
    : raw;
  raw.on('error', (error) => {
    broken ??= error;
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      let text = line.trim();
      if (text === '' || text === '[' || text === ']') continue;
      if (text.endsWith(',')) text = text.slice(0, -1);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        yield { lineNumber, error: 'not valid JSON' };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { lineNumber, error: 'not a JSON object' };
        continue;
      }
      yield { lineNumber, entity: value as Record<string, unknown> };
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (broken) throw broken;
  } catch (error) {
    throw unreadable(path, error as Error, lineNumber, raw.bytesRead);
  } finally {
    raw.destroy();
  }
}

async function isGzip(path: string): Promise<boolean> {
  const stream = createReadStream(path, { start: 0, end: 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const head = Buffer.concat(chunks);
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** A damaged file (truncated or corrupt gzip, read error) as one line naming where it broke. */
function unreadable(path: string, error: Error, lines: number, bytes: number): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const gzip =
    code.startsWith('Z_') || /unexpected end of file|incorrect header|compression method/i.test(error.message);
  const what = gzip ? 'is a damaged or truncated gzip file' : `could not be read (${code || error.message})`;
  return new UsageError(
    'BAD_SNAPSHOT',
    `${printablePath(path)} ${what}: it broke after line ${lines} (byte ${bytes} of the file)`,
    {
      cause: error,
    },
  );
}
