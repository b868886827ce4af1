/**
 * The data an HTML viewer file carries: every person and family link of the graph with the
 * positions, generations and descendant counts the export context computes, in columns (one
 * array per attribute) so that 50,000 people stay a few megabytes. The page rebuilds a
 * graphology graph with the same person and link attributes from it (src/viewer/graph.ts).
 * Pure; the type is shared with the page.
 */
import type { ExportContext } from './context.js';
import type { KinshipView } from './kinship-view.js';
import type { PartialDate } from '../person/types.js';

export const VIEWER_DATA_VERSION = 1;

/**
 * A partial date: [year (1 BCE = -1), precision (9 year, 10 month, 11 day), month or 0,
 * day or 0, calendar (0 Gregorian, 1 Julian, 2 other)].
 */
export type DateTuple = [number, number, number, number, number];

export interface PeopleColumns {
  qid: string[];
  label: string[];
  /** Language of each label ('' when unknown). */
  labelLanguage: string[];
  description: Array<string | null>;
  /** One letter per person: m(ale), f(emale), o(ther), u(nknown). */
  sex: string;
  birth: Array<DateTuple | null>;
  death: Array<DateTuple | null>;
  /** Family links from the nearest seed. */
  depth: number[];
  /** Links to people outside the graph. */
  unexplored: number[];
  unknownParents: number[];
  x: number[];
  y: number[];
  generation: number[];
  descendants: number[];
  /** Indexes of the seeds. */
  seeds: number[];
  /** Indexes of the people drawn emphasised (--highlight, kinship). */
  highlighted: number[];
}

export interface LinkColumns {
  /** Parent (or one spouse) index. */
  source: number[];
  /** Child (or the other spouse) index. */
  target: number[];
  /** One letter per link: f(ather), m(other), p(arent), s(pouse). */
  relation: string;
  /** Links that are not plain birth links: link index -> P1039 kinship types. */
  kinshipType: Record<number, string[]>;
  /** Spouse links with dates: link index -> [start, end]. */
  dates: Record<number, [DateTuple | null, DateTuple | null]>;
  /** Indexes of the links drawn emphasised. */
  highlighted: number[];
}

export interface ViewerMeta {
  seeds: string[];
  depth: number | null;
  direction: string | null;
  relations: string[];
  endpoint: string | null;
  languages: string[];
  crawledAt: string | null;
  wdkinVersion: string | null;
  layout: string;
  /** An item's page is this followed by its Q-id. */
  itemUrlPrefix: string;
}

export interface ViewerData {
  format: 'wdkin-viewer';
  version: typeof VIEWER_DATA_VERSION;
  meta: ViewerMeta;
  people: PeopleColumns;
  links: LinkColumns;
  /** How the two people of a kinship file are related (null in a crawl file). */
  kinship: KinshipView | null;
}

const SEX_LETTER = { male: 'm', female: 'f', other: 'o', unknown: 'u' } as const;
const RELATION_LETTER = { father: 'f', mother: 'm', parent: 'p', spouse: 's' } as const;
const CALENDAR_CODE = { gregorian: 0, julian: 1, other: 2 } as const;

export function viewerData(context: ExportContext, kinship: KinshipView | null = null): ViewerData {
  const { graph, highlight } = context;
  const positions = context.positions();
  const generations = context.generations();
  const descendants = context.descendants();
  const index = new Map<string, number>();
  const people: PeopleColumns = {
    qid: [],
    label: [],
    labelLanguage: [],
    description: [],
    sex: '',
    birth: [],
    death: [],
    depth: [],
    unexplored: [],
    unknownParents: [],
    x: [],
    y: [],
    generation: [],
    descendants: [],
    seeds: [],
    highlighted: [],
  };
  const sexes: string[] = [];
  graph.forEachNode((key, person) => {
    const i = people.qid.length;
    index.set(key, i);
    const point = positions.get(key);
    people.qid.push(key);
    people.label.push(person.label);
    people.labelLanguage.push(person.labelLanguage ?? '');
    people.description.push(person.description);
    sexes.push(SEX_LETTER[person.sex] ?? 'u');
    people.birth.push(dateTuple(person.birth));
    people.death.push(dateTuple(person.death));
    people.depth.push(person.depth);
    people.unexplored.push(person.unexplored);
    people.unknownParents.push(person.unknownParents);
    people.x.push(round(point?.x ?? 0));
    people.y.push(round(point?.y ?? 0));
    people.generation.push(generations.get(key) ?? 0);
    people.descendants.push(descendants.get(key) ?? 0);
    if (person.seed) people.seeds.push(i);
    if (highlight.nodes.has(key)) people.highlighted.push(i);
  });
  people.sex = sexes.join('');

  const links: LinkColumns = { source: [], target: [], relation: '', kinshipType: {}, dates: {}, highlighted: [] };
  const relations: string[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    const i = links.source.length;
    links.source.push(index.get(source)!);
    links.target.push(index.get(target)!);
    relations.push(RELATION_LETTER[attributes.relation] ?? 'p');
    if (attributes.nonBirth || attributes.kinshipType.length > 0) links.kinshipType[i] = [...attributes.kinshipType];
    if (attributes.start || attributes.end) links.dates[i] = [dateTuple(attributes.start), dateTuple(attributes.end)];
    if (highlight.edges.has(edge)) links.highlighted.push(i);
  });
  links.relation = relations.join('');

  const meta = graph.getAttributes();
  return {
    format: 'wdkin-viewer',
    version: VIEWER_DATA_VERSION,
    meta: {
      seeds: [...(meta.seeds ?? [])],
      depth: meta.depth ?? null,
      direction: meta.direction ?? null,
      relations: [...(meta.relations ?? [])],
      endpoint: meta.endpoint ?? null,
      languages: [...(meta.languages ?? [])],
      crawledAt: meta.crawledAt ?? null,
      wdkinVersion: meta.wdkinVersion ?? null,
      layout: context.layout,
      itemUrlPrefix: itemUrlPrefix(context),
    },
    people,
    links,
    kinship,
  };
}

function dateTuple(date: PartialDate | null | undefined): DateTuple | null {
  if (!date) return null;
  return [date.year, date.precision, date.month ?? 0, date.day ?? 0, CALENDAR_CODE[date.calendar] ?? 2];
}

/** The item page URL without the Q-id (every Wikibase item URL ends with it). */
function itemUrlPrefix(context: ExportContext): string {
  const probe = 'Q1';
  const url = context.itemUrl(probe);
  if (!url.endsWith(probe)) throw new Error(`Item page URLs are expected to end with the Q-id, got ${url}`);
  return url.slice(0, -probe.length);
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0;
}
