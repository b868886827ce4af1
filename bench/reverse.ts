/**
 * bench/reverse: what reverse lookups cost and what they find. The royals and their one-sided
 * variant (30% of P40 and 10% of P22/P25 dropped, never both sides of a link) are crawled through
 * the fake Wikibase with and without reverse lookups; requests and rounds come from the server's
 * log. Rounds are counted twice: with every request of a level allowed in flight at once (a round
 * is then a dependent step), and with Wikimedia's 3 in flight (queue waves included).
 *
 *   npm run bench:reverse      (builds, then runs build/bench/reverse.js)
 */
import { crawl } from '../src/crawl/engine.js';
import { makeCrawlPlan, type CrawlPlanInput } from '../src/crawl/options.js';
import { createLiveSource } from '../src/wikidata/live-source.js';
import { startFakeWikibase, type FakeWikibase } from '../test/support/fake-wikibase.js';
import { requestRounds, searchRequests } from '../test/support/fake-wikibase/log.js';
import { oneSidedRoyals } from '../test/support/one-sided.js';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);

interface Row {
  data: string;
  lookups: string;
  people: number;
  requests: number;
  searches: number;
  roundsWide: number;
  roundsAt3: number;
  seconds: number;
}

async function measure(server: FakeWikibase, plan: CrawlPlanInput, reverse: boolean, data: string): Promise<Row> {
  const run = async (concurrency: number) => {
    server.clearLog();
    const started = performance.now();
    const source = createLiveSource({
      endpoint: server.apiUrl,
      languages: ['en'],
      concurrency,
      contact: 'bench@example.org',
    });
    const meta = { endpoint: server.apiUrl, languages: ['en'], crawledAt: '', wdkinVersion: 'bench' };
    const result = await crawl(source, makeCrawlPlan({ ...plan, reverse }), { meta });
    return { result, seconds: (performance.now() - started) / 1000, log: [...server.log] };
  };
  const wide = await run(100);
  const at3 = await run(3);
  return {
    data,
    lookups: reverse ? 'reverse (default)' : '--no-reverse',
    people: at3.result.graph.order,
    requests: at3.log.length,
    searches: searchRequests(at3.log).length,
    roundsWide: requestRounds(wide.log).length,
    roundsAt3: requestRounds(at3.log).length,
    seconds: at3.seconds,
  };
}

async function main(): Promise<void> {
  const variant = await oneSidedRoyals({ seed: 9 });
  const full = await startFakeWikibase({ latencyMs: LATENCY_MS });
  const oneSided = await startFakeWikibase({ latencyMs: LATENCY_MS, dataset: variant.entities });
  try {
    console.log(
      `one-sided variant (seed 9): ${variant.counts.droppedP40} P40 and ${variant.counts.droppedParentStatements} P22/P25 dropped of ${variant.counts.links} links`,
    );
    for (const [name, plan] of [
      ['crawl Q9439 --depth 3', { seeds: ['Q9439'], depth: 3 }],
      ['crawl Q9439 --down --depth 10', { seeds: ['Q9439'], depth: 10, down: true }],
      ['crawl Q9682 --up --depth 8', { seeds: ['Q9682'], depth: 8, up: true }],
    ] as const) {
      const rows = [
        await measure(full, plan, false, 'symmetric'),
        await measure(full, plan, true, 'symmetric'),
        await measure(oneSided, plan, false, 'one-sided'),
        await measure(oneSided, plan, true, 'one-sided'),
      ];
      console.log(`\n${name} (fake server ${LATENCY_MS} ms per answer; cold store)`);
      console.log(
        '| data | lookups | people | requests (searches) | rounds, all in flight | rounds at 3 in flight | seconds at 3 |',
      );
      console.log('|---|---|---:|---:|---:|---:|---:|');
      for (const r of rows) {
        console.log(
          `| ${r.data} | ${r.lookups} | ${r.people} | ${r.requests} (${r.searches}) | ${r.roundsWide} | ${r.roundsAt3} | ${r.seconds.toFixed(2)} |`,
        );
      }
      const base = rows[0]!;
      const complete = rows[3]!;
      console.log(
        `one-sided with reverse vs symmetric without: ${(complete.requests / base.requests).toFixed(2)}x requests, rounds ${complete.roundsWide} vs ${base.roundsWide}`,
      );
    }
  } finally {
    await full.close();
    await oneSided.close();
  }
}

await main();
