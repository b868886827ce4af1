export interface BackoffOptions {
  /** First back-off, doubled per attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0..1, from Math.random in production, fixed in tests. */
  random: number;
}

/** The longest delay a Node timer takes (2^31-1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Parses a Retry-After header (delta-seconds, possibly fractional, or an HTTP date) into
 * milliseconds from `now`. Returns null when absent or unreadable. Huge values stay huge (the
 * caller compares them with its --max-wait); they are never handed to a timer.
 */
export function parseRetryAfter(header: string | string[] | undefined, now: number): number | null {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (value === undefined || value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const ms = Number(value) * 1000;
    return Number.isFinite(ms) ? ms : Number.MAX_SAFE_INTEGER;
  }
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

/** Waits `ms` (clamped to what a timer can hold). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(0, ms), MAX_TIMER_MS)));
}
