/** The HTTP edge: reading parameters, waiting, writing replies (gzip when accepted). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { Params } from './api.js';
import type { Reply } from './types.js';

const gzipAsync = promisify(gzip);
const MAX_BODY_BYTES = 1_000_000;

/** Query parameters, merged with an `application/x-www-form-urlencoded` POST body. */
export async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = Object.fromEntries(url.searchParams);
  const type = req.headers['content-type'] ?? '';
  if (req.method !== 'POST' || !type.startsWith('application/x-www-form-urlencoded')) return params;
  const body = await readBody(req);
  return { ...params, ...Object.fromEntries(new URLSearchParams(body)) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RangeError(`Expected a POST body under ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True when Accept-Encoding lists gzip (or *) with a non-zero q. */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((item) => {
    const [coding = '', ...options] = item.split(';').map((part) => part.trim().toLowerCase());
    const q = options.find((option) => option.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Resolves after `ms` (never when undefined), or as soon as the response closes or `lifetime`
 * aborts. Uses a timer, never busy-waits.
 */
export function wait(ms: number | undefined, res: ServerResponse, lifetime: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (lifetime.aborted || res.closed) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      res.off('close', done);
      lifetime.removeEventListener('abort', done);
      resolve();
    };
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    res.once('close', done);
    lifetime.addEventListener('abort', done, { once: true });
  });
}

/** Writes a reply with Content-Length, gzipped when the client accepts it; returns the status sent. */
export async function sendReply(req: IncomingMessage, res: ServerResponse, reply: Reply): Promise<number | undefined> {
  const raw = Buffer.from(reply.body, 'utf8');
  const zipped = raw.length > 0 && acceptsGzip(req.headers['accept-encoding']);
  const body = zipped ? await gzipAsync(raw, { level: constants.Z_BEST_SPEED }) : raw;
  if (res.closed || res.headersSent) return undefined;
  const headers: Record<string, string | number> = {
    ...reply.headers,
    'content-length': body.length,
    'cache-control': 'private, must-revalidate, max-age=0',
    'x-content-type-options': 'nosniff',
    vary: 'Accept-Encoding',
  };
  if (zipped) headers['content-encoding'] = 'gzip';
  res.writeHead(reply.status, headers);
  res.end(body);
  return reply.status;
}
