/**
 * Everyone related by descent to a person within N generations (the common ancestor at most N
 * generations above both), as a tab-separated table: Q-id, name, relationship, Ga, Gb, r.
 *
 *   npm run build:bench && node build/examples/relatives-within.js Q9439 2 > victoria.tsv
 *
 * In your own project, import from 'wdkin' instead of '../src/index.js'.
 */
import { pathToFileURL } from 'node:url';
import {
  crawl,
  isByDescent,
  makeCrawlPlan,
  openFileSource,
  relate,
  type ItemId,
  type PersonSource,
} from '../src/index.js';

export interface Relative {
  id: ItemId;
  label: string;
  relationship: string;
  generationsA: number;
  generationsB: number;
  coefficient: number;
}

/** Blood relatives of `person` whose closest common ancestor is within `generations` of both, closest first. */
export async function relativesWithin(source: PersonSource, person: ItemId, generations: number): Promise<Relative[]> {
  // up N generations and down N again reaches every such relative: 2N family links
  const { graph } = await crawl(source, makeCrawlPlan({ seeds: [person], depth: 2 * generations }), {
    meta: {
      endpoint: source.description,
      languages: ['en'],
      crawledAt: new Date().toISOString(),
      wdkinVersion: 'example',
    },
  });
  const relatives: Relative[] = [];
  graph.forEachNode((other, attributes) => {
    if (other === person) return;
    const kin = relate(graph, person, other as ItemId, {
      maxGenerations: generations,
      inLawGenerations: 0,
      shortestPath: 'never',
    });
    const closest = kin.relationships.find(isByDescent);
    if (!closest || closest.generationsA > generations || closest.generationsB > generations) return;
    const degree = kin.degrees[0]!;
    relatives.push({
      id: other as ItemId,
      label: attributes.label,
      relationship: degree.label,
      generationsA: closest.generationsA,
      generationsB: closest.generationsB,
      coefficient: kin.coefficient,
    });
  });
  return relatives.sort((x, y) => y.coefficient - x.coefficient || x.label.localeCompare(y.label));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [person = 'Q9439', generations = '2'] = process.argv.slice(2);
  const source = await openFileSource(process.env.WDKIN_SNAPSHOT ?? 'data/european-royals.ndjson.gz', {
    languages: ['en', 'fr'],
  });
  console.log(['qid', 'name', 'relationship', 'Ga', 'Gb', 'r'].join('\t'));
  for (const r of await relativesWithin(source, person as ItemId, Number(generations))) {
    console.log([r.id, r.label, r.relationship, r.generationsA, r.generationsB, r.coefficient.toFixed(5)].join('\t'));
  }
}
