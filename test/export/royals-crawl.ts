/**
 * Crawls of the bundled dataset (5,171 real Wikidata people) through the real crawl engine and
 * the snapshot file source, the way `wdkin crawl --offline` does, for export and layout tests.
 */
import { crawl } from '../../src/crawl/engine.js';
import { makeCrawlPlan } from '../../src/crawl/options.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { openFileSource, type FileSource } from '../../src/wikidata/file-source.js';
import { ROYALS_DATASET } from '../support/paths.js';

let source: Promise<FileSource> | null = null;

/** The dataset, read once per test file (English labels, French where there is none). */
export function royalsSource(): Promise<FileSource> {
  source ??= openFileSource(ROYALS_DATASET, { languages: ['en', 'fr'] });
  return source;
}

export interface RoyalsCrawlOptions {
  spouses?: boolean;
  up?: boolean;
  down?: boolean;
}

export async function royalsCrawl(
  seeds: string[],
  depth: number,
  options: RoyalsCrawlOptions = {},
): Promise<FamilyGraph> {
  const plan = makeCrawlPlan({
    seeds,
    depth,
    up: options.up ?? false,
    down: options.down ?? false,
    ...(options.spouses ? { relations: ['spouse'] } : {}),
  });
  const result = await crawl(await royalsSource(), plan, {
    meta: {
      endpoint: 'https://www.wikidata.org/w/api.php',
      languages: ['en', 'fr'],
      crawledAt: '2026-01-01T00:00:00.000Z',
      wdkinVersion: '0.0.0-test',
    },
  });
  return result.graph;
}
