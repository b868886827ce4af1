import got, { type Response } from 'got';
import PQueue from 'p-queue';
import { UsageError } from '../errors.js';
import { isItemId, type ItemId } from '../ids.js';
import { GOT_VERSION, WDKIN_VERSION } from '../version.js';
import { checkEntitiesResponse, type CheckedResponse } from './response.js';
import { backoffDelay, parseRetryAfter } from './retry-delay.js';
import { buildGetEntitiesUrl, toBatches } from './urls.js';

export const DEFAULT_CONTACT = 'https://github.com/wdkin/wdkin';
export const DEFAULT_CONCURRENCY = 3;

export interface WikibaseClientOptions {
  endpoint: string;
  languages: readonly string[];
  /** Requests in flight at most (Wikimedia asks for 3 or fewer). */
  concurrency?: number;
  /** URL or e-mail for the User-Agent. */
  contact?: string;
  /** Attempts per batch before its ids are reported failed. Default 6. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  /** Larger bodies are refused (and retried). Default 64 MiB. */
  maxResponseBytes?: number;
  onEvent?: (event: ClientEvent) => void;
  random?: () => number;
}

export type ClientEvent =
  | { type: 'request'; ids: number; attempt: number }
  | { type: 'response'; ids: number; status: number; ms: number }
  | { type: 'retry'; reason: string; delayMs: number; attempt: number }
  | { type: 'failed'; ids: ItemId[]; reason: string };

export interface EntitiesResult {
  entities: Map<ItemId, Record<string, unknown>>;
  redirects: Map<ItemId, ItemId>;
  missing: ItemId[];
  failed: ItemId[];
}

interface Attempt {
  retryAfterMs: number | null;
  reason: string;
}

const FATAL_API_ERRORS = new Set([
  'toomanyvalues',
  'badvalue',
  'unknown_action',
  'paramvalidationfailed',
  'param-missing',
]);

/**
 * The only module that does HTTP. Fetches entities with wbgetentities in batches of 50, at most
 * `concurrency` requests in flight, with a shared pause that honours every Retry-After
 * (429, 503 and maxlag) and exponential back-off with jitter for other failures.
 */
export class WikibaseClient {
  readonly endpoint: string;
  readonly userAgent: string;
  private readonly queue: PQueue;
  private readonly options: Required<Omit<WikibaseClientOptions, 'onEvent' | 'contact' | 'concurrency'>> &
    Pick<WikibaseClientOptions, 'onEvent'>;
  /** No request is sent before this time (ms since epoch): the politeness pause. */
  private notBefore = 0;
  private counters = { requests: 0, retries: 0 };

  constructor(options: WikibaseClientOptions) {
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new UsageError(
        'INVALID_OPTION',
        `Expected --concurrency to be a whole number from 1 and up, got ${String(concurrency)}`,
      );
    }
    this.endpoint = options.endpoint;
    this.userAgent = `wdkin/${WDKIN_VERSION} (${options.contact ?? DEFAULT_CONTACT}) got/${GOT_VERSION}`;
    this.queue = new PQueue({ concurrency });
    this.options = {
      endpoint: options.endpoint,
      languages: options.languages,
      maxAttempts: options.maxAttempts ?? 6,
      baseDelayMs: options.baseDelayMs ?? 1000,
      maxDelayMs: options.maxDelayMs ?? 60_000,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxResponseBytes: options.maxResponseBytes ?? 64 * 1024 * 1024,
      random: options.random ?? Math.random,
      onEvent: options.onEvent,
    };
  }

  stats(): { requests: number; retries: number } {
    return { ...this.counters };
  }

  /** Fetches any number of (already validated) ids; all batches are queued at once. */
  async getEntities(ids: readonly ItemId[]): Promise<EntitiesResult> {
    const result: EntitiesResult = { entities: new Map(), redirects: new Map(), missing: [], failed: [] };
    const unique = [...new Set(ids)];
    // One malformed id fails a whole real request: never send one.
    const invalid = unique.filter((id) => !isItemId(id));
    if (invalid.length > 0) {
      result.failed.push(...invalid);
      this.options.onEvent?.({ type: 'failed', ids: invalid, reason: 'not a valid item id; not sent' });
    }
    const valid = unique.filter((id) => isItemId(id));
    await Promise.all(toBatches(valid).map((batch) => this.queue.add(() => this.fetchBatch(batch, result))));
    return result;
  }

  private async fetchBatch(batch: ItemId[], result: EntitiesResult): Promise<void> {
    let ids = batch;
    let lastReason = '';
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt += 1) {
      await this.waitForPause();
      const outcome = await this.request(ids, attempt);
      if (outcome.kind === 'entities') {
        for (const [id, entity] of outcome.entities) result.entities.set(id, entity);
        for (const [from, to] of outcome.redirects) result.redirects.set(from, to);
        result.missing.push(...outcome.missing);
        return;
      }
      if (
        outcome.kind === 'api-error' &&
        outcome.code === 'no-such-entity' &&
        outcome.id &&
        ids.includes(outcome.id as ItemId)
      ) {
        // One unknown id fails a whole real request: drop it and ask again for the rest.
        result.missing.push(outcome.id as ItemId);
        ids = ids.filter((id) => id !== outcome.id);
        attempt -= 1;
        if (ids.length === 0) return;
        continue;
      }
      if (outcome.kind === 'api-error' && FATAL_API_ERRORS.has(outcome.code)) {
        lastReason = `API error ${outcome.code}: ${outcome.info}`;
        break;
      }
      const failure: Attempt =
        outcome.kind === 'retry' ? outcome : { retryAfterMs: null, reason: `API error ${outcome.code}` };
      lastReason = failure.reason;
      if (attempt === this.options.maxAttempts) break;
      const delayMs = this.scheduleRetry(failure, attempt);
      this.counters.retries += 1;
      this.options.onEvent?.({ type: 'retry', reason: failure.reason, delayMs, attempt });
      if (failure.retryAfterMs === null) await sleep(delayMs);
    }
    result.failed.push(...ids);
    this.options.onEvent?.({ type: 'failed', ids, reason: lastReason });
  }

  /** One HTTP request; never throws: every failure becomes a retry decision. */
  private async request(
    ids: ItemId[],
    attempt: number,
  ): Promise<Exclude<CheckedResponse, { kind: 'maxlag' }> | ({ kind: 'retry' } & Attempt)> {
    const url = buildGetEntitiesUrl(this.endpoint, ids, this.options.languages);
    this.counters.requests += 1;
    this.options.onEvent?.({ type: 'request', ids: ids.length, attempt });
    const started = Date.now();
    let response: Response<string>;
    try {
      const pending = got(url, {
        headers: { 'user-agent': this.userAgent, 'accept-encoding': 'gzip', accept: 'application/json' },
        decompress: true,
        retry: { limit: 0 },
        throwHttpErrors: false,
        followRedirect: true,
        timeout: { request: this.options.timeoutMs },
      });
      pending.on('downloadProgress', (progress: { transferred: number }) => {
        if (progress.transferred > this.options.maxResponseBytes) pending.cancel('response too large');
      });
      response = await pending;
    } catch (error) {
      return { kind: 'retry', retryAfterMs: null, reason: describeNetworkError(error) };
    }
    this.options.onEvent?.({
      type: 'response',
      ids: ids.length,
      status: response.statusCode,
      ms: Date.now() - started,
    });
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
    if (response.statusCode === 429 || response.statusCode === 503) {
      return { kind: 'retry', retryAfterMs: retryAfterMs ?? 5000, reason: `HTTP ${response.statusCode}` };
    }
    if (response.statusCode >= 500) return { kind: 'retry', retryAfterMs: null, reason: `HTTP ${response.statusCode}` };
    if (response.statusCode !== 200) return { kind: 'retry', retryAfterMs, reason: `HTTP ${response.statusCode}` };
    try {
      const checked = checkEntitiesResponse(response.body, ids);
      if (checked.kind === 'maxlag') {
        return {
          kind: 'retry',
          retryAfterMs: retryAfterMs ?? Math.max(5, checked.lagSeconds) * 1000,
          reason: `maxlag (${checked.lagSeconds} s)`,
        };
      }
      return checked;
    } catch (error) {
      return { kind: 'retry', retryAfterMs: null, reason: (error as Error).message };
    }
  }

  /**
   * A Retry-After pauses every request (the server asked the client, not one batch, to wait);
   * other failures back off this batch alone. Returns the delay in ms.
   */
  private scheduleRetry(failure: Attempt, attempt: number): number {
    const now = Date.now();
    if (failure.retryAfterMs !== null) {
      this.notBefore = Math.max(this.notBefore, now + failure.retryAfterMs);
      return failure.retryAfterMs;
    }
    return backoffDelay(attempt, {
      baseDelayMs: this.options.baseDelayMs,
      maxDelayMs: this.options.maxDelayMs,
      random: this.options.random(),
    });
  }

  private async waitForPause(): Promise<void> {
    for (;;) {
      const wait = this.notBefore - Date.now();
      if (wait <= 0) return;
      await sleep(wait);
    }
  }
}

function describeNetworkError(error: unknown): string {
  const e = error as { code?: string; name?: string; message?: string };
  return `${e.name ?? 'Error'}${e.code ? ` ${e.code}` : ''}: ${e.message ?? String(error)}`.slice(0, 200);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
