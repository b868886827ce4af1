/**
 * Crawls that survive an interruption. A crawl session is recorded in the store under a key made
 * of its options (crawl-key.ts); each finished level is recorded as it ends. Resuming finds the
 * newest unfinished session with the same key, trusts every entity stored since it started
 * (whatever --max-age says), and crawls again: the finished levels are answered by the store
 * without the network, so the result is exactly the graph an uninterrupted crawl gives.
 */
import type { ItemId } from '../ids.js';
import type { CrawlRecord, LevelRecord, Store } from '../store/store.js';
import type { PersonSource } from '../wikidata/person-source.js';
import { crawlKey } from './crawl-key.js';
import { crawl, type CrawlHooks, type CrawlResult } from './engine.js';
import { isPartial } from './partial.js';
import type { CrawlPlan } from './options.js';

export interface CrawlSession {
  record: CrawlRecord;
  /** True when an interrupted crawl with the same options was found and is continued. */
  resumed: boolean;
  /** The levels the interrupted crawl had finished (empty for a new crawl). */
  finishedLevels: LevelRecord[];
  /** Stored entities fetched at or after this time are trusted whatever their age. */
  trustSince: number | undefined;
}

export interface SessionScope {
  /** The endpoint (or snapshot) the crawl reads, without credentials. */
  endpoint: string;
  languages: readonly string[];
}

/** Starts a crawl session, or continues the interrupted one with the same options when `resume`. */
export function openCrawlSession(store: Store, plan: CrawlPlan, scope: SessionScope, resume: boolean): CrawlSession {
  const key = crawlKey(plan, scope.endpoint, scope.languages);
  const previous = resume ? store.findResumable(key) : null;
  if (previous) {
    return {
      record: previous,
      resumed: true,
      finishedLevels: store.levels(previous.id),
      trustSince: previous.startedAt,
    };
  }
  const options = { ...plan, maxPeople: String(plan.maxPeople), endpoint: scope.endpoint, languages: scope.languages };
  return { record: store.startCrawl(key, options), resumed: false, finishedLevels: [], trustSince: undefined };
}

/**
 * Runs the crawl and records its progress in the session: each finished level, then its end
 * (`done`, or `partial` when some people could not be fetched: `resume` continues it).
 */
export async function crawlInSession(
  store: Store,
  session: CrawlSession,
  source: PersonSource,
  plan: CrawlPlan,
  hooks: CrawlHooks,
): Promise<CrawlResult> {
  const id = session.record.id;
  const result = await crawl(source, plan, {
    ...hooks,
    onLevelDone: (level: number, size: number, total: number, failed: readonly ItemId[]) => {
      store.saveLevel(id, level, size, total, failed);
      hooks.onLevelDone?.(level, size, total, failed);
    },
  });
  store.finishCrawl(id, isPartial(result) ? 'partial' : 'done');
  return result;
}

/**
 * Everything in one call, for scripts: `makeSource(trustSince)` builds the source (a live source
 * given `trustSince` trusts what the interrupted crawl stored).
 *
 *     const { result, session } = await resumableCrawl(store, plan, scope, true,
 *       (trustSince) => createLiveSource({ ..., store, trustSince }), { meta });
 */
export async function resumableCrawl(
  store: Store,
  plan: CrawlPlan,
  scope: SessionScope,
  resume: boolean,
  makeSource: (trustSince: number | undefined) => PersonSource,
  hooks: CrawlHooks,
): Promise<{ result: CrawlResult; session: CrawlSession }> {
  const session = openCrawlSession(store, plan, scope, resume);
  const result = await crawlInSession(store, session, makeSource(session.trustSince), plan, hooks);
  return { result, session };
}
