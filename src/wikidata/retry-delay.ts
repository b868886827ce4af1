export interface BackoffOptions {
  /** First back-off, doubled per attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0..1, from Math.random in production, fixed in tests. */
  random: number;
}

/**
 * Parses a Retry-After header (delta-seconds, possibly fractional, or an HTTP date) into
 * milliseconds from `now`. Returns null when absent or unreadable.
 */
export function parseRetryAfter(header: string | string[] | undefined, now: number): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return null;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Exponential back-off with jitter for the `attempt`-th retry (1-based): a random value in
 * [half, full] of min(max, base * 2^(attempt-1)). Pure.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * options.random);
}
