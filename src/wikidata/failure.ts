/**
 * Why a request failed, in words a user can act on, and how to retry it (pure). The summary and
 * `--json` report these reasons for the ids that could not be fetched.
 */

export type FailureKind =
  | 'connection-refused'
  | 'dns'
  | 'timeout'
  | 'connection-reset'
  | 'tls'
  | 'http-status'
  | 'html'
  | 'too-large'
  | 'bad-json'
  | 'bad-response'
  | 'retry-after-too-long'
  | 'redirect'
  | 'api-error'
  | 'local';

/**
 * How to try again: `pause` waits the server's Retry-After (every request waits), `backoff` waits
 * exponentially longer, `fast` retries a couple of times quickly (refused, DNS: a wrong endpoint
 * or no network does not get better in 25 s), `never` gives up at once.
 */
export type RetryPolicy = 'pause' | 'backoff' | 'fast' | 'never';

export interface Failure {
  kind: FailureKind;
  /** One line, e.g. "connection refused by 127.0.0.1:8080". */
  message: string;
  retry: RetryPolicy;
  /** For `pause`: how long the server asked to wait. */
  retryAfterMs?: number;
}

/** Quick retries allowed for `fast` failures before the ids are reported failed. */
export const FAST_ATTEMPTS = 3;

/** A thrown got / Node error (no response) as a Failure. */
export function networkFailure(error: unknown, target: string): Failure {
  const e = error as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code ?? '';
  if (code === 'ECONNREFUSED')
    return { kind: 'connection-refused', message: `connection refused by ${target}`, retry: 'fast' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NONAME') {
    return { kind: 'dns', message: `DNS lookup failed for ${target} (${code})`, retry: 'fast' };
  }
  if (code === 'ETIMEDOUT' || e.name === 'TimeoutError') {
    return { kind: 'timeout', message: `no answer from ${target} in time (timeout)`, retry: 'backoff' };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || e.name === 'ReadError') {
    return {
      kind: 'connection-reset',
      message: `connection to ${target} reset or closed mid-answer`,
      retry: 'backoff',
    };
  }
  if (/^(ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(code)) {
    return { kind: 'tls', message: `TLS problem with ${target} (${code})`, retry: 'never' };
  }
  if (code === 'ERR_INVALID_CHAR' || code === 'ERR_HTTP_INVALID_HEADER_VALUE') {
    return { kind: 'local', message: `request could not be sent: ${oneLine(e.message ?? code)}`, retry: 'never' };
  }
  if (e.name === 'TooLargeError') {
    return { kind: 'too-large', message: `answer from ${target} over the size cap`, retry: 'backoff' };
  }
  const what = [e.name, code].filter(Boolean).join(' ');
  return {
    kind: 'connection-reset',
    message: `${what || 'network error'}: ${oneLine(e.message ?? String(error))}`,
    retry: 'backoff',
  };
}

/** A Retry-After longer than the user allows waiting: fail now, with the reason. */
export function retryAfterTooLong(retryAfterMs: number, maxWaitMs: number, what: string): Failure {
  return {
    kind: 'retry-after-too-long',
    message: `${what}: the server asked to wait ${formatSeconds(retryAfterMs)}, over --max-wait ${formatSeconds(maxWaitMs)}`,
    retry: 'never',
  };
}

/** A body that is not JSON: an HTML page (a proxy, a login wall, an error page) or garbage. */
export function notJsonFailure(body: string, contentType: string | undefined, status: number): Failure {
  const html = /html/i.test(contentType ?? '') || /^\s*</.test(body);
  return html
    ? {
        kind: 'html',
        message: `HTML page instead of JSON (HTTP ${status}, ${contentType ?? 'no content-type'})`,
        retry: 'backoff',
      }
    : { kind: 'bad-json', message: `answer is not valid JSON (${body.length} bytes)`, retry: 'backoff' };
}

export function formatSeconds(ms: number): string {
  if (!Number.isFinite(ms)) return 'forever';
  const s = ms / 1000;
  return s >= 100 ? `${Math.round(s)} s` : `${Number(s.toPrecision(2))} s`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
