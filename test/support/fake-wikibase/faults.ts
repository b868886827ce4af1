/** Plays an injected fault on a live request. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiError, JSON_TYPE, type Params } from './api.js';
import { sendReply, wait } from './http.js';
import type { FaultKind, Reply } from './types.js';

export const MAXLAG_SECONDS = 7;
const LAGGED_HOST = 'db1';

export interface FaultContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Params;
  /** True for /w/api.php (maxlag only exists there). */
  isApi: boolean;
  retryAfter: string;
  stallMs: number | undefined;
  lifetime: AbortSignal;
  /** The answer the request would have had, for 'truncated'. */
  normalReply: () => Reply;
}

/**
 * Whether the drawn fault takes effect: 'maxlag' only hits API requests whose `maxlag`
 * parameter is below the simulated lag, as on Wikimedia.
 */
export function faultApplies(kind: FaultKind, context: Pick<FaultContext, 'params' | 'isApi'>): boolean {
  if (kind !== 'maxlag') return true;
  const maxlag = Number(context.params['maxlag']);
  return context.isApi && context.params['maxlag'] !== undefined && Number.isFinite(maxlag) && MAXLAG_SECONDS > maxlag;
}

/** Plays `kind`; resolves to the HTTP status sent, or undefined when no response head was sent. */
export async function playFault(kind: FaultKind, context: FaultContext): Promise<number | undefined> {
  const { req, res } = context;
  switch (kind) {
    case '503':
      return sendReply(req, res, htmlError(503, 'Service Unavailable', context.retryAfter));
    case '429':
      return sendReply(req, res, htmlError(429, 'Too Many Requests', context.retryAfter));
    case '500':
      return sendReply(req, res, htmlError(500, 'Internal Server Error', undefined));
    case 'maxlag':
      return sendReply(req, res, maxlagReply(context));
    case 'invalid-json':
      return sendReply(req, res, {
        status: 200,
        body: errorPage('Internal error'),
        headers: { 'content-type': JSON_TYPE },
      });
    case 'truncated':
      return sendTruncated(res, context.normalReply());
    case 'reset':
      req.socket.resetAndDestroy();
      return undefined;
    case 'stall':
      await wait(context.stallMs, res, context.lifetime);
      req.socket.destroy();
      return undefined;
  }
}

function maxlagReply(context: FaultContext): Reply {
  const reply = apiError(context.params, 'maxlag', `Waiting for ${LAGGED_HOST}: ${MAXLAG_SECONDS} seconds lagged.`, {
    host: LAGGED_HOST,
    lag: MAXLAG_SECONDS,
    type: 'db',
  });
  return {
    ...reply,
    headers: { ...reply.headers, 'retry-after': context.retryAfter, 'x-database-lag': String(MAXLAG_SECONDS) },
  };
}

function htmlError(status: number, title: string, retryAfter: string | undefined): Reply {
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
  if (retryAfter !== undefined) headers['retry-after'] = retryAfter;
  return { status, body: errorPage(title), headers };
}

function errorPage(title: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Wikimedia Error</title></head>` +
    `<body><h1>Error</h1><p>${title}: our servers are currently under maintenance or experiencing a technical issue.</p></body></html>\n`
  );
}

/** Announces the full Content-Length, sends half the body (never gzipped), then ends the socket. */
function sendTruncated(res: ServerResponse, reply: Reply): number {
  const body = Buffer.from(reply.body, 'utf8');
  const cut = Math.max(1, Math.floor(body.length / 2));
  const declared = Math.max(body.length, cut + 1);
  res.writeHead(200, { ...reply.headers, 'content-type': JSON_TYPE, 'content-length': declared });
  res.write(body.subarray(0, cut), () => res.socket?.destroy());
  return 200;
}
