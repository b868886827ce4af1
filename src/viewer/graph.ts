/**
 * The page's graph: a graphology graph rebuilt from the embedded columns, with wdkin's own person
 * and link attributes (so the kinship code runs on it unchanged) plus what sigma draws (x, y,
 * size, colour). Pure: no DOM.
 */
import { Graph } from '../graph/graphology.js';
import type { EdgeRelation, FamilyEdgeAttributes, FamilyGraphAttributes, PersonAttributes } from '../graph/types.js';
import type { ItemId } from '../ids.js';
import type { Calendar, PartialDate, Sex } from '../person/types.js';
import type { DateTuple, ViewerData } from '../export/viewer-data.js';
import { linkColor, personColor, personSize, ringColor } from './look.js';

export interface ViewPerson extends PersonAttributes {
  /** Index in the embedded columns. */
  index: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Ring colour (seeds, highlighted people), drawn by the border program. */
  ring: string | null;
  generation: number;
  descendants: number;
}

export interface ViewLink extends FamilyEdgeAttributes {
  index: number;
  size: number;
  color: string;
}

export type ViewGraph = Graph<ViewPerson, ViewLink, FamilyGraphAttributes>;

const SEX: Record<string, Sex> = { m: 'male', f: 'female', o: 'other', u: 'unknown' };
const RELATION: Record<string, EdgeRelation> = { f: 'father', m: 'mother', p: 'parent', s: 'spouse' };
const CALENDAR: Calendar[] = ['gregorian', 'julian', 'other'];
const QID = /^Q[1-9][0-9]{0,11}$/;
/** Shared by every link that has none: read only, and 90,000 links need no 270,000 arrays. */
const NONE: never[] = [];

export function buildViewGraph(data: ViewerData): ViewGraph {
  const graph: ViewGraph = new Graph<ViewPerson, ViewLink, FamilyGraphAttributes>({
    type: 'mixed',
    multi: false,
    allowSelfLoops: false,
  });
  const { people, links, meta } = data;
  graph.replaceAttributes({
    seeds: meta.seeds as ItemId[],
    depth: meta.depth ?? 0,
    direction: (meta.direction ?? 'both') as FamilyGraphAttributes['direction'],
    relations: meta.relations as FamilyGraphAttributes['relations'],
    endpoint: meta.endpoint ?? '',
    languages: meta.languages,
    crawledAt: meta.crawledAt ?? '',
    wdkinVersion: meta.wdkinVersion ?? '',
  });
  const seeds = new Set(people.seeds);
  const highlighted = new Set(people.highlighted);
  for (let i = 0; i < people.qid.length; i += 1) {
    const qid = people.qid[i]!;
    if (!QID.test(qid)) throw new Error(`Person ${i} has no valid Q-id`);
    const sex = SEX[people.sex[i] ?? 'u'] ?? 'unknown';
    const seed = seeds.has(i);
    const isHighlighted = highlighted.has(i);
    const descendants = people.descendants[i] ?? 0;
    graph.addNode(qid, {
      qid: qid as ItemId,
      label: people.label[i] ?? qid,
      labelLanguage: people.labelLanguage[i] || null,
      description: people.description[i] ?? null,
      sex,
      birth: partialDate(people.birth[i] ?? null),
      death: partialDate(people.death[i] ?? null),
      depth: people.depth[i] ?? 0,
      seed,
      unexplored: people.unexplored[i] ?? 0,
      unknownParents: people.unknownParents[i] ?? 0,
      ...(isHighlighted ? { highlight: true } : {}),
      index: i,
      x: people.x[i] ?? 0,
      y: people.y[i] ?? 0,
      size: personSize(descendants, seed, people.qid.length),
      color: personColor(sex),
      ring: ringColor(seed, isHighlighted),
      generation: people.generation[i] ?? 0,
      descendants,
    });
  }
  const linkHighlighted = new Set(links.highlighted);
  for (let i = 0; i < links.source.length; i += 1) {
    const source = people.qid[links.source[i]!];
    const target = people.qid[links.target[i]!];
    if (source === undefined || target === undefined || source === target) continue;
    const relation = RELATION[links.relation[i] ?? 'p'] ?? 'parent';
    const kinshipType = (links.kinshipType[i] ?? NONE) as ItemId[];
    const nonBirth = links.kinshipType[i] !== undefined;
    const [start, end] = links.dates[i] ?? [null, null];
    const attributes: ViewLink = {
      relation,
      statementIds: NONE,
      rank: 'normal',
      properties: NONE,
      kinshipType,
      nonBirth,
      start: partialDate(start),
      end: partialDate(end),
      ...(linkHighlighted.has(i) ? { highlight: true } : {}),
      index: i,
      size: relation === 'spouse' ? 0.8 : 1,
      color: linkColor(relation, nonBirth),
    };
    // keys follow src/graph/build.ts; a second link between the same two people is dropped
    try {
      if (relation === 'spouse')
        graph.addUndirectedEdgeWithKey(
          source < target ? `${source}~${target}` : `${target}~${source}`,
          source,
          target,
          attributes,
        );
      else graph.addDirectedEdgeWithKey(`${source}>${target}`, source, target, attributes);
    } catch {
      continue;
    }
  }
  return graph;
}

function partialDate(tuple: DateTuple | null): PartialDate | null {
  if (!tuple) return null;
  const [year, precision, month, day, calendar] = tuple;
  const date: PartialDate = {
    year,
    precision,
    calendar: CALENDAR[calendar] ?? 'other',
    bce: year < 0,
    time: `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(4, '0')}-${pad(month)}-${pad(day)}T00:00:00Z`,
  };
  if (month > 0) date.month = month;
  if (day > 0) date.day = day;
  return date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
