/**
 * bench/crawl: wdkin's crawl vs the tutorials' per-person approach vs the floor, against the fake
 * Wikibase server at 100 ms latency with a cap of 3 requests in flight.
 *
 *   npm run bench:crawl      (builds, then runs build/bench/crawl.js)
 */
import PQueue from 'p-queue';
import { crawl } from '../src/crawl/engine.js';
import { makeCrawlPlan } from '../src/crawl/options.js';
import { createLiveSource } from '../src/wikidata/live-source.js';
import { startFakeWikibase } from '../test/support/fake-wikibase.js';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const CAP = 3;
const SEED = 'Q9439';
/** Depth 3 is the case; deeper crawls have more people per level (see bench/README.md). */
const DEPTHS = (process.env.BENCH_DEPTHS ?? '3,6').split(',').map(Number);

/** The seed tutorials' way: one Special:EntityData request per person, a level at a time, 3 in flight. */
async function perPersonBfs(baseUrl: string, DEPTH: number): Promise<{ people: number; requests: number }> {
  const queue = new PQueue({ concurrency: CAP });
  const seen = new Set<string>([SEED]);
  let frontier = [SEED];
  let requests = 0;
  let people = 0;
  for (let level = 0; level <= DEPTH && frontier.length > 0; level += 1) {
    const next: string[] = [];
    await Promise.all(
      frontier.map((id) =>
        queue.add(async () => {
          requests += 1;
          const response = await fetch(`${baseUrl}/wiki/Special:EntityData/${id}.json`, {
            headers: { 'user-agent': 'tutorial-bench/1.0' },
          });
          if (!response.ok) return;
          const body = (await response.json()) as {
            entities: Record<
              string,
              { claims?: Record<string, Array<{ mainsnak: { datavalue?: { value?: { id?: string } } } }>> }
            >;
          };
          const entity = Object.values(body.entities)[0];
          if (!entity) return;
          people += 1;
          if (level === DEPTH) return;
          for (const property of ['P22', 'P25', 'P40']) {
            for (const statement of entity.claims?.[property] ?? []) {
              const target = statement.mainsnak.datavalue?.value?.id;
              if (target && !seen.has(target)) {
                seen.add(target);
                next.push(target);
              }
            }
          }
        }),
      ),
    );
    frontier = next;
  }
  return { people, requests };
}

async function main(): Promise<void> {
  for (const depth of DEPTHS) await scenario(depth);
}

async function scenario(DEPTH: number): Promise<void> {
  const server = await startFakeWikibase({ latencyMs: LATENCY_MS, maxConcurrent: CAP, retryAfterSeconds: 1 });
  try {
    const t0 = performance.now();
    const source = createLiveSource({
      endpoint: server.apiUrl,
      languages: ['en', 'fr'],
      concurrency: CAP,
      contact: 'bench@example.org',
    });
    // Batching efficiency only: the tutorials do no reverse lookups either (their cost is in bench/reverse).
    const result = await crawl(source, makeCrawlPlan({ seeds: [SEED], depth: DEPTH, reverse: false }), {
      meta: {
        endpoint: server.apiUrl,
        languages: ['en', 'fr'],
        crawledAt: new Date().toISOString(),
        wdkinVersion: 'bench',
      },
    });
    const wdkinMs = performance.now() - t0;
    const wdkinRequests = server.log.length;
    const wdkin429 = server.log.filter((r) => r.status === 429).length;
    const maxInFlight = server.maxInFlightSeen;
    server.clearLog();

    const t1 = performance.now();
    const tutorial = await perPersonBfs(server.url, DEPTH);
    const tutorialMs = performance.now() - t1;

    const people = result.graph.order;
    const levels = result.levels.length;
    const floorMs = Math.max(levels, Math.ceil(people / (50 * CAP))) * LATENCY_MS;
    const rows = [
      ['approach', 'people', 'requests', 'seconds', 'vs floor'],
      ['floor: max(levels, ceil(people/150)) x latency', String(people), '-', (floorMs / 1000).toFixed(2), '1.00x'],
      [
        'wdkin --no-reverse (wbgetentities, 50 ids, 3 in flight)',
        String(people),
        String(wdkinRequests),
        (wdkinMs / 1000).toFixed(2),
        `${(wdkinMs / floorMs).toFixed(2)}x`,
      ],
      [
        'tutorials (EntityData per person, 3 in flight)',
        String(tutorial.people),
        String(tutorial.requests),
        (tutorialMs / 1000).toFixed(2),
        `${(tutorialMs / floorMs).toFixed(2)}x`,
      ],
    ];
    console.log(
      `crawl ${SEED} --depth ${DEPTH}, fake server latency ${LATENCY_MS} ms, cap ${CAP} in flight; levels ${result.levels.join(' + ')}`,
    );
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(`wdkin / floor = ${(wdkinMs / floorMs).toFixed(2)} (target <= 1.3)`);
    console.log(`tutorials / wdkin = ${(tutorialMs / wdkinMs).toFixed(1)} (target >= 20)`);
    console.log(`wdkin: max in flight ${maxInFlight}, 429 answers ${wdkin429}`);
    console.log(
      `upper bound of tutorials / wdkin at this size: (people / ${CAP}) / levels = ${(people / CAP / levels).toFixed(1)}`,
    );
    console.log('');
  } finally {
    await server.close();
  }
}

await main();
