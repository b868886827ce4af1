/**
 * The bytes of a dump, decompressed: a file or standard input, gzip (zlib, which decompresses in
 * libuv's thread pool, beside the reading thread), bzip2 (the system's lbzip2, pbzip2 or bzip2 as
 * a child process: several cores where lbzip2/pbzip2 are installed) or plain, told apart by their
 * first bytes. Counts the compressed bytes read, for progress and for messages about damage.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { UsageError } from '../errors.js';
import { printablePath } from '../files/printable.js';

export type Compression = 'gzip' | 'bzip2' | 'plain';

export interface DumpSourceInfo {
  /** As given: a path, or `-` for standard input. */
  name: string;
  size: number | null;
  mtimeMs: number | null;
  /** sha1 of the first 64 KB (as stored): a resumed ingest must read the same dump. */
  head: string;
  compression: Compression;
}

export interface DumpInput {
  info: DumpSourceInfo;
  /** Decompressed chunks. Throws a UsageError when the input is damaged. */
  chunks: AsyncIterable<Buffer>;
  /** Compressed bytes read so far. */
  bytesRead(): number;
  close(): void;
}

const HEAD_BYTES = 64 * 1024;
const CHUNK = 1 << 20;

/** Checks a dump file before anything else is done: it exists and is a readable regular file. */
export function checkDumpFile(path: string): { size: number; mtimeMs: number } {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new Error('not a file');
    closeSync(openSync(path, 'r'));
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch {
    throw new UsageError('FILE_NOT_FOUND', `Dump file not found or not readable: ${printablePath(path)}`);
  }
}

/** Opens a dump file (`path`) or standard input (`-`, with `stdin`). */
export async function openDumpInput(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<DumpInput> {
  let head: Buffer;
  let raw: AsyncIterable<Buffer>;
  let counted = 0;
  let size: number | null = null;
  let mtimeMs: number | null = null;
  let closeRaw = () => undefined as void;
  if (path === '-') {
    const iterator = (stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    const first: Buffer[] = [];
    let length = 0;
    let done = false;
    while (length < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as string);
      first.push(chunk);
      length += chunk.length;
    }
    head = Buffer.concat(first);
    raw = (async function* () {
      counted += head.length;
      if (head.length > 0) yield head;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as string);
        counted += chunk.length;
        yield chunk;
      }
    })();
  } else {
    ({ size, mtimeMs } = checkDumpFile(path));
    head = readHead(path);
    const stream = createReadStream(path, { highWaterMark: CHUNK });
    closeRaw = () => stream.destroy();
    raw = (async function* () {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        counted += chunk.length;
        yield chunk;
      }
    })();
  }
  const compression = compressionOf(head);
  const info: DumpSourceInfo = {
    name: path,
    size,
    mtimeMs,
    head: createHash('sha1').update(head.subarray(0, HEAD_BYTES)).digest('hex'),
    compression,
  };
  const where = () => ` (byte ${counted} of ${path === '-' ? 'standard input' : printablePath(path)})`;
  let child: ReturnType<typeof spawn> | null = null;
  let chunks: AsyncIterable<Buffer>;
  if (compression === 'plain') chunks = raw;
  else if (compression === 'gzip')
    chunks = pipeline(Readable.from(raw, { objectMode: false }), createGunzip({ chunkSize: CHUNK }), () => undefined);
  else {
    const tool = bzip2Tool();
    if (!tool)
      throw new UsageError(
        'BAD_SNAPSHOT',
        `${printablePath(path)} is bzip2-compressed and no lbzip2, pbzip2 or bzip2 was found: install one, or pipe it in (lbzip2 -dc FILE | wdkin ingest -)`,
      );
    const decompressor = spawn(tool, ['-dc'], { stdio: ['pipe', 'pipe', 'ignore'] });
    child = decompressor;
    const exited = new Promise<number | null>((resolve) => decompressor.on('close', (code) => resolve(code)));
    Readable.from(raw, { objectMode: false })
      .pipe(decompressor.stdin!)
      .on('error', () => undefined);
    const output = decompressor.stdout!;
    chunks = (async function* () {
      for await (const chunk of output as AsyncIterable<Buffer>) yield chunk;
      const code = await exited;
      if (code !== 0) throw Object.assign(new Error(`${tool} exited with code ${code}`), { code: 'BZIP2' });
    })();
  }
  return {
    info,
    chunks: damageNamed(chunks, where),
    bytesRead: () => counted,
    close: () => {
      closeRaw();
      child?.kill();
    },
  };
}

/** The decompressed stream, with a damaged input reported as one line naming where. */
async function* damageNamed(chunks: AsyncIterable<Buffer>, where: () => string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? '');
    const message = (error as Error).message;
    const damaged =
      code.startsWith('Z_') || code === 'BZIP2' || /unexpected end of file|incorrect header/i.test(message);
    throw new DumpDamage(
      damaged ? 'is damaged or truncated' : `could not be read (${code || message})`,
      where(),
      error,
    );
  }
}

/** A damaged or unreadable input; the reader adds the line it broke after. */
export class DumpDamage extends Error {
  constructor(
    readonly what: string,
    readonly where: string,
    cause: unknown,
  ) {
    super(what, { cause });
  }
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export function compressionOf(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 3 && head.toString('latin1', 0, 3) === 'BZh') return 'bzip2';
  return 'plain';
}

let foundTool: string | null | undefined;

/** The fastest bzip2 decompressor installed (lbzip2 and pbzip2 use every core). */
function bzip2Tool(): string | null {
  if (foundTool !== undefined) return foundTool;
  foundTool = null;
  for (const tool of ['lbzip2', 'pbzip2', 'bzip2']) {
    const probe = spawnSync(tool, ['--help'], { stdio: 'ignore' });
    if (!probe.error) {
      foundTool = tool;
      break;
    }
  }
  return foundTool;
}
