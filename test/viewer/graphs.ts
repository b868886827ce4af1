/**
 * Graphs for the viewer tests and benchmark: every person of the bundled snapshot in one graph,
 * and a small family whose labels attack the page.
 */
import { buildFamilyGraph } from '../../src/graph/build.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import type { ItemId } from '../../src/ids.js';
import { isPersonLike, parseEntity } from '../../src/person/parse.js';
import type { Person } from '../../src/person/types.js';
import { readEntityLines } from '../../src/wikidata/entity-lines.js';
import { smallFamily } from '../export/fixtures.js';
import { ROYALS_DATASET } from '../support/paths.js';

/** All 5,171 people of data/european-royals.ndjson.gz with every family link between them. */
export async function wholeSnapshotGraph(dataset = ROYALS_DATASET): Promise<FamilyGraph> {
  const people = new Map<ItemId, Person>();
  for await (const line of readEntityLines(dataset)) {
    if (!line.entity) continue;
    const person = parseEntity(line.entity, ['en', 'fr']);
    if (isPersonLike(person)) people.set(person.id, person);
  }
  const seed = 'Q9439' as ItemId;
  return buildFamilyGraph(people, {
    depths: new Map([...people.keys()].map((id) => [id, 0])),
    spouses: true,
    followed: { parents: true, children: true, spouses: true },
    meta: {
      seeds: [seed],
      depth: 0,
      direction: 'both',
      relations: ['parent', 'child', 'spouse'],
      endpoint: 'https://www.wikidata.org/w/api.php',
      languages: ['en', 'fr'],
      crawledAt: '2026-01-01T00:00:00.000Z',
      wdkinVersion: 'test',
    },
  }).graph;
}

/** Labels and a description that would run script if they were ever read as HTML. */
export const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1;document.title=\'pwned\'">',
  script: '</script><script>window.__pwned=2</script>',
  comment: '<!--<script>window.__pwned=3</script>',
  link: '<a href="javascript:window.__pwned=4">click</a>',
  style: '<style>*{display:none}</style>Styled',
} as const;

export function hostileFamily(): FamilyGraph {
  const graph = smallFamily();
  graph.setNodeAttribute('Q1', 'label', HOSTILE.img);
  graph.setNodeAttribute('Q4', 'label', HOSTILE.script);
  graph.setNodeAttribute('Q5', 'label', HOSTILE.comment);
  graph.setNodeAttribute('Q7', 'label', HOSTILE.link);
  graph.setNodeAttribute('Q9', 'label', HOSTILE.style);
  graph.setNodeAttribute('Q1', 'description', HOSTILE.script);
  return graph;
}
