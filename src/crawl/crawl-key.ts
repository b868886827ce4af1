import { createHash } from 'node:crypto';
import { compareItemIds } from '../ids.js';
import type { CrawlPlan } from './options.js';

/** Identifies "the same crawl" across runs, so --resume finds the interrupted one (pure). */
export function crawlKey(plan: CrawlPlan, endpoint: string, languages: readonly string[]): string {
  const canonical = JSON.stringify({
    seeds: [...plan.seeds].sort(compareItemIds),
    depth: plan.depth,
    direction: plan.direction,
    spouses: plan.spouses,
    maxPeople: Number.isFinite(plan.maxPeople) ? plan.maxPeople : null,
    ...(plan.reverse ? {} : { reverse: false }),
    endpoint,
    languages,
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
