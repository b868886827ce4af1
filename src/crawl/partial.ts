import type { CrawlResult } from './engine.js';

/** Some people could not be fetched, or some reverse lookups failed: `--resume` can complete it. */
export function isPartial(result: Pick<CrawlResult, 'failed' | 'incomplete'>): boolean {
  return result.failed.length > 0 || result.incomplete.size > 0;
}
