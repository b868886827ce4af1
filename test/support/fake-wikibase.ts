/**
 * A fake Wikibase (Wikidata Action API: wbgetentities and list=search with haswbstatement, plus
 * Special:EntityData) on 127.0.0.1 for tests and benchmarks: a real node:http server over a
 * dataset file, with latency, a concurrency cap, injected faults and a request log. See
 * fake-wikibase/ for the parts.
 */
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { handleApi, requestedIds, type EntityStore, type Params } from './fake-wikibase/api.js';
import { defaultDatasetPath, loadDataset } from './fake-wikibase/dataset.js';
import { entityDataId, handleEntityData } from './fake-wikibase/entity-data.js';
import { createFaultPicker, type FaultPicker } from './fake-wikibase/fault-plan.js';
import { faultApplies, playFault } from './fake-wikibase/faults.js';
import { readParams, sendReply, wait } from './fake-wikibase/http.js';
import { normalizeEntityId } from './fake-wikibase/ids.js';
import { checkScope, describeSearch, requestKind } from './fake-wikibase/log.js';
import { handleSearch, type SearchOutcome } from './fake-wikibase/search.js';
import { buildSearchIndex, type SearchIndex } from './fake-wikibase/search-index.js';
import type {
  FakeWikibase,
  FakeWikibaseOptions,
  FaultPlan,
  Reply,
  RequestKind,
  RequestLogEntry,
} from './fake-wikibase/types.js';

export type {
  EntityJson,
  FakeSearchOptions,
  FakeWikibase,
  FakeWikibaseOptions,
  FaultKind,
  FaultPlan,
  RequestKind,
  RequestLogEntry,
  ScriptedFault,
  SearchLogInfo,
} from './fake-wikibase/types.js';
export { mulberry32 } from './fake-wikibase/fault-plan.js';
export { requestRounds, searchRequests } from './fake-wikibase/log.js';
export { MAX_QUERY_LENGTH, QUERY_LENGTH_HARD_LIMIT } from './fake-wikibase/search-query.js';

const API_PATH = '/w/api.php';

type Route = 'api' | 'entity-data' | 'unknown';

function routeOf(path: string): Route {
  if (path === API_PATH) return 'api';
  return entityDataId(path) === undefined ? 'unknown' : 'entity-data';
}

function describeRequest(entry: RequestLogEntry, route: Route, url: URL, params: Params): void {
  entry.params = params;
  entry.kind = requestKind(route, params);
  if (entry.kind === 'search') entry.search = describeSearch(params);
  else if (route === 'api') entry.ids = requestedIds(params);
  if (route === 'entity-data') entry.ids = [entityDataId(url.pathname) ?? ''];
}

function checkOptions(options: FakeWikibaseOptions): void {
  const { latencyMs, maxConcurrent, retryAfterSeconds } = options;
  if (latencyMs !== undefined) checkLatency(latencyMs);
  checkScope(options.faults?.scope);
  const lengthRule = options.search?.lengthRule;
  if (lengthRule !== undefined && lengthRule !== 'strict' && lengthRule !== 'keywords-exempt') {
    throw new RangeError(
      `Expected \`search.lengthRule\` to be 'strict' or 'keywords-exempt', got \`${String(lengthRule)}\``,
    );
  }
  if (maxConcurrent !== undefined && !(Number.isInteger(maxConcurrent) && maxConcurrent >= 1)) {
    throw new RangeError(`Expected \`maxConcurrent\` to be an integer from 1 and up, got \`${String(maxConcurrent)}\``);
  }
  if (retryAfterSeconds !== undefined && !(retryAfterSeconds >= 0)) {
    throw new RangeError(
      `Expected \`retryAfterSeconds\` to be a number from 0 and up, got \`${String(retryAfterSeconds)}\``,
    );
  }
}

function checkLatency(ms: number): void {
  if (!(ms >= 0 && Number.isFinite(ms)))
    throw new RangeError(`Expected a latency in ms from 0 and up, got \`${String(ms)}\``);
}

function canonicalRedirects(redirects: Record<string, string> | undefined): Map<string, string> {
  const entries = Object.entries(redirects ?? {});
  return new Map(entries.map(([from, to]) => [normalizeEntityId(from), normalizeEntityId(to)]));
}

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startFakeWikibase(options: FakeWikibaseOptions = {}): Promise<FakeWikibase> {
  checkOptions(options);
  const entities = await loadDataset(options.dataset ?? defaultDatasetPath());
  const store: EntityStore = {
    entities,
    redirects: canonicalRedirects(options.redirects),
    pad: options.padEntities ?? true,
  };
  const fake = new FakeWikibaseServer(store, options);
  await fake.start();
  return fake;
}

class FakeWikibaseServer implements FakeWikibase {
  url = '';
  apiUrl = '';
  log: RequestLogEntry[] = [];
  maxInFlightSeen = 0;
  readonly entityCount: number;
  private latencyMs: number;
  private pickFault: FaultPicker;
  private stallMs: number | undefined;
  private faultScope: readonly RequestKind[] | undefined;
  private index: SearchIndex | undefined;
  private inFlight = 0;
  private accepted = 0;
  private readonly startedAt = performance.now();
  /** Aborted at close: every waiting request listens to it (as many as are in flight). */
  private readonly lifetime = unlimitedListeners(new AbortController());
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private closing: Promise<void> | undefined;

  constructor(
    private readonly store: EntityStore,
    private readonly options: FakeWikibaseOptions,
  ) {
    this.entityCount = store.entities.size;
    this.latencyMs = options.latencyMs ?? 0;
    this.pickFault = createFaultPicker(options.faults);
    this.stallMs = options.faults?.stallMs;
    this.faultScope = options.faults?.scope;
  }

  async start(): Promise<void> {
    const address = await listen(this.server);
    this.url = `http://127.0.0.1:${address.port}`;
    this.apiUrl = `${this.url}${API_PATH}`;
  }

  setLatency(ms: number): void {
    checkLatency(ms);
    this.latencyMs = ms;
  }

  setFaults(plan: FaultPlan | undefined): void {
    checkScope(plan?.scope);
    this.pickFault = createFaultPicker(plan);
    this.stallMs = plan?.stallMs;
    this.faultScope = plan?.scope;
  }

  /** Empties the log and restarts maxInFlightSeen from the requests in flight now. */
  clearLog(): void {
    this.log = [];
    this.maxInFlightSeen = this.inFlight;
  }

  /** Stops listening and destroys every socket, idle, in flight or stalled. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.lifetime.abort();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.closing;
  }

  private now(): number {
    return performance.now() - this.startedAt;
  }

  private get retryAfter(): string {
    return String(this.options.retryAfterSeconds ?? 1);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const entry = this.openEntry(req, res);
    try {
      await this.serve(req, res, entry);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const status = await sendReply(req, res, {
        status: 500,
        body: message,
        headers: { 'content-type': 'text/plain' },
      });
      entry.status = status ?? entry.status;
    }
  }

  /** Logs the arrival and counts the request in flight until its response closes. */
  private openEntry(req: IncomingMessage, res: ServerResponse): RequestLogEntry {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.inFlight += 1;
    this.maxInFlightSeen = Math.max(this.maxInFlightSeen, this.inFlight);
    const entry: RequestLogEntry = {
      time: this.now(),
      end: -1,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: url.pathname,
      params: {},
      kind: 'other',
      ids: [],
      headers: { ...req.headers },
      status: 0,
      inFlight: this.inFlight,
    };
    this.log.push(entry);
    res.once('close', () => {
      this.inFlight -= 1;
      entry.end = this.now();
    });
    return entry;
  }

  private async serve(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const route = routeOf(url.pathname);
    describeRequest(entry, route, url, Object.fromEntries(url.searchParams));
    const cap = this.options.maxConcurrent;
    if (cap !== undefined && this.accepted >= cap) {
      entry.status = (await this.reject(req, res)) ?? 0;
      return;
    }
    this.accepted += 1;
    res.once('close', () => (this.accepted -= 1));
    const params = await readParams(req, url);
    describeRequest(entry, route, url, params);
    const inScope = route !== 'unknown' && (this.faultScope?.includes(entry.kind) ?? true);
    const fault = inScope ? this.pickFault() : undefined;
    await wait(this.latencyMs, res, this.lifetime.signal);
    if (res.closed || this.lifetime.signal.aborted) return;
    let searched: SearchOutcome | undefined;
    const reply = (): Reply => {
      if (entry.kind !== 'search') return this.reply(route, url, params);
      searched = handleSearch(params, () => this.searchIndex(), this.options.search?.lengthRule ?? 'strict');
      return searched.reply;
    };
    const isApi = route === 'api';
    if (fault === undefined || !faultApplies(fault, { params, isApi })) {
      entry.status = (await sendReply(req, res, reply())) ?? 0;
      if (searched && entry.search) {
        const { hits, totalhits, error } = searched;
        Object.assign(entry.search, error === undefined ? { hits, totalhits } : { error });
      }
      return;
    }
    entry.fault = fault;
    const { retryAfter, stallMs } = this;
    const context = {
      req,
      res,
      params,
      isApi,
      retryAfter,
      stallMs,
      lifetime: this.lifetime.signal,
      normalReply: reply,
    };
    entry.status = (await playFault(fault, context)) ?? 0;
  }

  private searchIndex(): SearchIndex {
    this.index ??= buildSearchIndex(this.store, this.options.search);
    return this.index;
  }

  private reject(req: IncomingMessage, res: ServerResponse): Promise<number | undefined> {
    const body = 'Too many concurrent requests: please wait before retrying.\n';
    const headers = { 'content-type': 'text/plain; charset=utf-8', 'retry-after': this.retryAfter };
    return sendReply(req, res, { status: 429, body, headers });
  }

  private reply(route: Route, url: URL, params: Params): Reply {
    if (route === 'api') return handleApi(params, this.store);
    if (route === 'entity-data') return handleEntityData(url.pathname, this.url, this.store);
    return {
      status: 404,
      body: `No such path: ${url.pathname}\n`,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    };
  }
}

function unlimitedListeners(controller: AbortController): AbortController {
  setMaxListeners(0, controller.signal);
  return controller;
}
