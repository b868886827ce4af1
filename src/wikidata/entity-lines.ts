import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';

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
  const input: Readable = compressed ? pipeline(raw, createGunzip(), () => undefined) : raw;
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
