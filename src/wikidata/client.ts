import got, { type Response } from 'got';
import PQueue from 'p-queue';
import { UsageError } from '../errors.js';
import { isItemId, type ItemId } from '../ids.js';
import { GOT_VERSION, WDKIN_VERSION } from '../version.js';
import {
  FAST_ATTEMPTS,
  formatSeconds,
  networkFailure,
  notJsonFailure,
  retryAfterTooLong,
  type Failure,
} from './failure.js';
import { DEFAULT_CONCURRENCY, DEFAULT_CONTACT, DEFAULT_MAX_WAIT_MS } from './politeness.js';
import { checkEntitiesResponse } from './response.js';
import { backoffDelay, MAX_TIMER_MS, parseRetryAfter, sleep } from './retry-delay.js';
import { buildSearchUrl, readSearchPage } from './reverse-queries.js';
import { buildGetEntitiesUrl, toBatches } from './urls.js';

export { DEFAULT_CONCURRENCY, DEFAULT_CONTACT, DEFAULT_MAX_WAIT_MS } from './politeness.js';

export interface WikibaseClientOptions {
  /** The api.php URL, without credentials. */
  endpoint: string;
  languages: readonly string[];
  /** HTTP basic auth for this endpoint's origin (from `https://user:pass@host/...`). */
  auth?: { username: string; password: string } | null;
  /** OAuth 2.0 personal access token, sent as `Authorization: Bearer` to this origin only. */
  token?: string | null;
  /** Requests in flight at most (Wikimedia asks for 3 or fewer). */
  concurrency?: number;
  /** URL or e-mail for the User-Agent. */
  contact?: string;
  /** Attempts per batch before its ids are reported failed. Default 6. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After (or maxlag pause) obeyed; longer fails at once. Default 120 s. */
  maxWaitMs?: number;
  /** Per-request timeout; the request is aborted (socket closed) when it passes. Default 30 s. */
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
  | { type: 'waiting'; ms: number; reason: string }
  | { type: 'done'; ids: number }
  | { type: 'failed'; ids: ItemId[]; reason: string }
  | { type: 'search-failed'; query: string; reason: string };

export interface EntitiesResult {
  entities: Map<ItemId, Record<string, unknown>>;
  redirects: Map<ItemId, ItemId>;
  missing: ItemId[];
  failed: ItemId[];
  /** Why each failed id failed (one line, see failure.ts). */
  failures: Map<ItemId, string>;
}

/** What one response means: a value to use, or a failure with its retry policy. */
export type Interpreted<T> = { ok: true; value: T } | { ok: false; failure: Failure };

const FATAL_API_ERRORS = new Set([
  'toomanyvalues',
  'badvalue',
  'unknown_action',
  'paramvalidationfailed',
  'param-missing',
  'badinteger',
]);

/**
 * The only module that does HTTP. Fetches entities with wbgetentities in batches of 50, at most
 * `concurrency` requests in flight, with a shared pause that honours every Retry-After (429, 503
 * and maxlag) up to `maxWaitMs`, exponential back-off with jitter for other failures, quick
 * give-up for refused connections and DNS failures, and same-origin redirects only.
 */
export class WikibaseClient {
  readonly endpoint: string;
  readonly userAgent: string;
  private readonly origin: string;
  /** Where items live: namespace 0 on Wikidata, 120 ("Item:") on most other Wikibases. */
  private readonly namespaces: string;
  private readonly queue: PQueue;
  private readonly options: Required<
    Omit<WikibaseClientOptions, 'onEvent' | 'contact' | 'concurrency' | 'auth' | 'token'>
  > &
    Pick<WikibaseClientOptions, 'onEvent' | 'auth' | 'token'>;
  /** No request is sent before this time (ms since epoch): the politeness pause. */
  private notBefore = 0;
  private announcedPause = 0;
  private counters = { requests: 0, retries: 0 };

  constructor(options: WikibaseClientOptions) {
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new UsageError(
        'INVALID_OPTION',
        `Expected concurrency to be a whole number from 1 and up, got ${String(concurrency)}`,
      );
    }
    this.endpoint = options.endpoint;
    this.origin = new URL(options.endpoint).origin;
    this.namespaces = /(^|\.)wikidata\.org$/.test(new URL(options.endpoint).hostname) ? '0' : '0|120';
    this.userAgent = `wdkin/${WDKIN_VERSION} (${options.contact ?? DEFAULT_CONTACT}) got/${GOT_VERSION}`;
    this.queue = new PQueue({ concurrency });
    this.options = {
      endpoint: options.endpoint,
      languages: options.languages,
      maxAttempts: options.maxAttempts ?? 6,
      baseDelayMs: options.baseDelayMs ?? 1000,
      maxDelayMs: options.maxDelayMs ?? 60_000,
      maxWaitMs: Math.min(options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS, MAX_TIMER_MS),
      timeoutMs: options.timeoutMs ?? 30_000,
      maxResponseBytes: options.maxResponseBytes ?? 64 * 1024 * 1024,
      random: options.random ?? Math.random,
      onEvent: options.onEvent,
      auth: options.auth ?? null,
      token: options.token ?? null,
    };
  }

  stats(): { requests: number; retries: number } {
    return { ...this.counters };
  }

  /** Fetches any number of (already validated) ids; all batches are queued at once. */
  async getEntities(ids: readonly ItemId[]): Promise<EntitiesResult> {
    const result: EntitiesResult = {
      entities: new Map(),
      redirects: new Map(),
      missing: [],
      failed: [],
      failures: new Map(),
    };
    const unique = [...new Set(ids)];
    // One malformed id fails a whole real request: never send one.
    const invalid = unique.filter((id) => !isItemId(id));
    if (invalid.length > 0) this.fail(result, invalid, 'not a valid item id; not sent');
    const valid = unique.filter((id) => isItemId(id));
    await Promise.all(toBatches(valid).map((batch) => this.queue.add(() => this.fetchBatch(batch, result))));
    return result;
  }

  /**
   * Every item a CirrusSearch query finds (`haswbstatement:...`, see reverse-queries.ts), page
   * after page, each page one request under the same queue, politeness and retries as entities.
   */
  async searchItems(query: string): Promise<{ ok: true; ids: ItemId[] } | { ok: false; reason: string }> {
    const ids: ItemId[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const url = buildSearchUrl(this.endpoint, query, offset, this.namespaces);
      const page = await this.call(url, 0, interpretSearch);
      if (!page.ok) {
        this.options.onEvent?.({ type: 'search-failed', query, reason: page.failure.message });
        return { ok: false, reason: page.failure.message };
      }
      ids.push(...page.value.ids);
      offset = page.value.next;
    }
    return { ok: true, ids: [...new Set(ids)] };
  }

  /**
   * Sends one GET (queued under the concurrency bound) and retries it by the failure's policy
   * until `interpret` accepts an answer or the attempts run out. Used for every API call.
   */
  async call<T>(
    url: string,
    ids: number,
    interpret: (response: Response<string>) => Interpreted<T>,
  ): Promise<Interpreted<T>> {
    return (await this.queue.add(() => this.attempts(url, ids, interpret))) as Interpreted<T>;
  }

  private async fetchBatch(batch: ItemId[], result: EntitiesResult): Promise<void> {
    let ids = batch;
    while (ids.length > 0) {
      const url = buildGetEntitiesUrl(this.endpoint, ids, this.options.languages);
      const outcome = await this.attempts(url, ids.length, (response) => interpretEntities(response, ids));
      if (!outcome.ok) {
        this.fail(result, ids, outcome.failure.message);
        return;
      }
      const answer = outcome.value;
      if (answer.kind === 'entities') {
        for (const [id, entity] of answer.entities) result.entities.set(id, entity);
        for (const [from, to] of answer.redirects) result.redirects.set(from, to);
        result.missing.push(...answer.missing);
        this.options.onEvent?.({ type: 'done', ids: ids.length });
        return;
      }
      // One unknown id fails a whole real request: drop it and ask again for the rest.
      const bad = answer.id as ItemId;
      result.missing.push(bad);
      this.options.onEvent?.({ type: 'done', ids: 1 });
      ids = ids.filter((id) => id !== bad);
    }
  }

  private fail(result: EntitiesResult, ids: ItemId[], reason: string): void {
    result.failed.push(...ids);
    for (const id of ids) result.failures.set(id, reason);
    this.options.onEvent?.({ type: 'failed', ids, reason });
    this.options.onEvent?.({ type: 'done', ids: ids.length });
  }

  private async attempts<T>(
    url: string,
    ids: number,
    interpret: (response: Response<string>) => Interpreted<T>,
  ): Promise<Interpreted<T>> {
    for (let attempt = 1; ; attempt += 1) {
      await this.waitForPause();
      const outcome = await this.once(url, ids, attempt, interpret);
      if (outcome.ok) return outcome;
      const { failure } = outcome;
      if (failure.retry === 'pause' && (failure.retryAfterMs ?? 0) > this.options.maxWaitMs) {
        return {
          ok: false,
          failure: retryAfterTooLong(failure.retryAfterMs ?? 0, this.options.maxWaitMs, failure.message),
        };
      }
      const limit =
        failure.retry === 'never'
          ? 1
          : failure.retry === 'fast'
            ? Math.min(FAST_ATTEMPTS, this.options.maxAttempts)
            : this.options.maxAttempts;
      if (attempt >= limit) return outcome;
      const delayMs = this.retryDelay(failure, attempt);
      this.counters.retries += 1;
      this.options.onEvent?.({ type: 'retry', reason: failure.message, delayMs, attempt });
      if (failure.retry !== 'pause') await sleep(delayMs);
    }
  }

  /** One HTTP request; never throws: every failure becomes a Failure with its retry policy. */
  private async once<T>(
    url: string,
    ids: number,
    attempt: number,
    interpret: (response: Response<string>) => Interpreted<T>,
  ): Promise<Interpreted<T>> {
    this.counters.requests += 1;
    this.options.onEvent?.({ type: 'request', ids, attempt });
    const started = Date.now();
    let response: Response<string>;
    try {
      response = await this.get(url);
    } catch (error) {
      return { ok: false, failure: networkFailure(error, new URL(url).host) };
    }
    this.options.onEvent?.({ type: 'response', ids, status: response.statusCode, ms: Date.now() - started });
    const status = response.statusCode;
    if (status >= 300 && status < 400) {
      const location = String(response.headers.location ?? '');
      return {
        ok: false,
        failure: {
          kind: 'redirect',
          message: `redirected to another origin (${redactUrl(location, url)}); not followed`,
          retry: 'never',
        },
      };
    }
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
    if (status === 429 || status === 503) {
      return {
        ok: false,
        failure: { kind: 'http-status', message: `HTTP ${status}`, retry: 'pause', retryAfterMs: retryAfterMs ?? 5000 },
      };
    }
    if (status !== 200) {
      const retry = status >= 500 || status === 408 ? 'backoff' : 'never';
      return { ok: false, failure: { kind: 'http-status', message: `HTTP ${status}`, retry } };
    }
    const answer = interpret(response);
    if (!answer.ok && answer.failure.retry === 'pause' && retryAfterMs !== null) {
      answer.failure.retryAfterMs = retryAfterMs;
    }
    return answer;
  }

  private get(url: string): Promise<Response<string>> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      'accept-encoding': 'gzip',
      accept: 'application/json',
    };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    const pending = got(url, {
      headers,
      ...(this.options.auth ? { username: this.options.auth.username, password: this.options.auth.password } : {}),
      decompress: true,
      retry: { limit: 0 },
      throwHttpErrors: false,
      // Same-origin redirects only: a redirect elsewhere is reported, never followed (credentials stay home).
      followRedirect: (response) => sameOrigin(String(response.headers.location ?? ''), url, this.origin),
      timeout: { request: this.options.timeoutMs },
    });
    let tooLarge = false;
    pending.on('downloadProgress', (progress: { transferred: number; total?: number }) => {
      const declared = progress.total ?? 0;
      if (progress.transferred > this.options.maxResponseBytes || declared > this.options.maxResponseBytes) {
        tooLarge = true;
        pending.cancel();
      }
    });
    return pending.catch((error: unknown) => {
      throw tooLarge
        ? Object.assign(new Error(`over ${this.options.maxResponseBytes} bytes`), { name: 'TooLargeError' })
        : error;
    });
  }

  /** A Retry-After pauses every request; other failures back off this request alone. */
  private retryDelay(failure: Failure, attempt: number): number {
    if (failure.retry === 'pause') {
      const wait = failure.retryAfterMs ?? 5000;
      this.notBefore = Math.max(this.notBefore, Date.now() + wait);
      return wait;
    }
    if (failure.retry === 'fast') return 150 * attempt;
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
      if (this.announcedPause !== this.notBefore) {
        this.announcedPause = this.notBefore;
        this.options.onEvent?.({
          type: 'waiting',
          ms: wait,
          reason: `server asked: Retry-After ${formatSeconds(wait)}`,
        });
      }
      await sleep(wait);
    }
  }
}

/** A wbgetentities answer: entities (or a non-retryable API error), or a failure to retry. */
function interpretEntities(
  response: Response<string>,
  ids: readonly ItemId[],
): Interpreted<
  Extract<ReturnType<typeof checkEntitiesResponse>, { kind: 'entities' }> | { kind: 'no-such-entity'; id: string }
> {
  let checked: ReturnType<typeof checkEntitiesResponse>;
  try {
    checked = checkEntitiesResponse(response.body, ids);
  } catch (error) {
    const notJson = (error as Error).message.startsWith('response is not JSON');
    return {
      ok: false,
      failure: notJson
        ? notJsonFailure(response.body, response.headers['content-type'], response.statusCode)
        : { kind: 'bad-response', message: (error as Error).message, retry: 'backoff' },
    };
  }
  if (checked.kind === 'entities') return { ok: true, value: checked };
  if (checked.kind === 'maxlag') {
    return {
      ok: false,
      failure: {
        kind: 'api-error',
        message: `maxlag (${checked.lagSeconds} s)`,
        retry: 'pause',
        retryAfterMs: Math.max(5, checked.lagSeconds) * 1000,
      },
    };
  }
  if (checked.code === 'no-such-entity' && checked.id && ids.includes(checked.id as ItemId)) {
    return { ok: true, value: { kind: 'no-such-entity', id: checked.id } };
  }
  const message = `API error ${checked.code}${checked.info ? `: ${checked.info.slice(0, 160)}` : ''}`;
  return {
    ok: false,
    failure: { kind: 'api-error', message, retry: FATAL_API_ERRORS.has(checked.code) ? 'never' : 'backoff' },
  };
}

/** One page of a search answer, or a failure to retry (maxlag pauses; a refused query never succeeds). */
function interpretSearch(response: Response<string>): Interpreted<{ ids: ItemId[]; next: number | null }> {
  let page: ReturnType<typeof readSearchPage>;
  try {
    page = readSearchPage(response.body);
  } catch (error) {
    return {
      ok: false,
      failure:
        error instanceof SyntaxError
          ? notJsonFailure(response.body, response.headers['content-type'], response.statusCode)
          : { kind: 'bad-response', message: (error as Error).message, retry: 'backoff' },
    };
  }
  if (page.kind === 'page') return { ok: true, value: { ids: page.ids, next: page.next } };
  if (page.kind === 'maxlag') {
    return {
      ok: false,
      failure: {
        kind: 'api-error',
        message: `maxlag (${page.lagSeconds} s)`,
        retry: 'pause',
        retryAfterMs: Math.max(5, page.lagSeconds) * 1000,
      },
    };
  }
  const message = `search refused: ${page.code}${page.info ? `: ${page.info.slice(0, 160)}` : ''}`;
  const hopeless = FATAL_API_ERRORS.has(page.code) || /longer than the maximum|too long/i.test(page.info);
  return { ok: false, failure: { kind: 'api-error', message, retry: hopeless ? 'never' : 'backoff' } };
}

function sameOrigin(location: string, from: string, origin: string): boolean {
  try {
    return new URL(location, from).origin === origin;
  } catch {
    return false;
  }
}

/** The redirect target as text, without credentials or query (it may hold tokens). */
function redactUrl(location: string, from: string): string {
  try {
    const url = new URL(location, from);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return 'an unreadable location';
  }
}
