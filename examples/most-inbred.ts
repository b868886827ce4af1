/**
 * The most inbred people of a crawl: everyone within `depth` family links of the seeds, with their
 * inbreeding coefficient F over the ancestors the crawl holds (at most ten generations up),
 * highest first. A deeper crawl reaches more ancestors, and F can only grow with them.
 *
 *   npm run build:bench && node build/examples/most-inbred.js Q32347 6    (Alfonso XII's family, 6 links)
 *
 * In your own project, import from 'wdkin' instead of '../src/index.js'.
 */
import { pathToFileURL } from 'node:url';
import {
  crawl,
  inbreedingWithin,
  makeCrawlPlan,
  openFileSource,
  type ItemId,
  type PersonSource,
} from '../src/index.js';

export interface Inbred {
  id: ItemId;
  label: string;
  inbreeding: number;
}

/** The `top` most inbred people within `depth` family links of `seeds` (F within 10 generations). */
export async function mostInbred(source: PersonSource, seeds: ItemId[], depth: number, top = 10): Promise<Inbred[]> {
  const { graph } = await crawl(source, makeCrawlPlan({ seeds, depth }), {
    meta: {
      endpoint: source.description,
      languages: ['en'],
      crawledAt: new Date().toISOString(),
      wdkinVersion: 'example',
    },
  });
  const people: Inbred[] = graph.mapNodes((id, attributes) => ({
    id: id as ItemId,
    label: attributes.label,
    inbreeding: inbreedingWithin(graph, id as ItemId, 10),
  }));
  return people.sort((x, y) => y.inbreeding - x.inbreeding || x.label.localeCompare(y.label)).slice(0, top);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [seed = 'Q32347', depth = '6'] = process.argv.slice(2);
  const source = await openFileSource(process.env.WDKIN_SNAPSHOT ?? 'data/european-royals.ndjson.gz', {
    languages: ['en', 'fr'],
  });
  for (const person of await mostInbred(source, [seed as ItemId], Number(depth))) {
    console.log(`${person.inbreeding.toFixed(4)}\t${person.id}\t${person.label}`);
  }
}
