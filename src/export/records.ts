/**
 * Flat, typed attribute records of people and links, as GEXF and GraphML carry them (and as
 * Gephi, yEd and networkx show them). Null means "unknown": the attribute is left out.
 */
import type { ExportContext } from './context.js';
import { formatPartialDate as formatDate } from '../person/dates.js';
import { yearOf } from './dates.js';

export type Scalar = string | number | boolean | null;

export type NodeRecord = {
  label: string;
  qid: string;
  url: string;
  description: string | null;
  sex: string;
  birth: string | null;
  death: string | null;
  birthYear: number | null;
  deathYear: number | null;
  depth: number;
  generation: number;
  seed: boolean;
  children: number;
  unexplored: number;
  unknownParents: number;
  descendants: number;
  highlight: boolean;
};

export type EdgeRecord = {
  relation: string;
  statementIds: string;
  rank: string;
  properties: string;
  kinshipType: string | null;
  nonBirth: boolean;
  /** Which side states the link: child, parent, both, one-side (a spouse link stated by one spouse). */
  statedBy: string | null;
  /** The items whose statements give the link (space-separated Q-ids). */
  statedOn: string | null;
  /** Marriage start and end (P580/P582 on P26); not `start`/`end`, which are GEXF's own time attributes. */
  startDate: string | null;
  endDate: string | null;
  highlight: boolean;
};

/** Declared types, in output order (GraphML `attr.type`; GEXF infers the same from values). */
export const NODE_FIELDS: ReadonlyArray<[keyof NodeRecord, 'string' | 'int' | 'boolean']> = [
  ['label', 'string'],
  ['qid', 'string'],
  ['url', 'string'],
  ['description', 'string'],
  ['sex', 'string'],
  ['birth', 'string'],
  ['death', 'string'],
  ['birthYear', 'int'],
  ['deathYear', 'int'],
  ['depth', 'int'],
  ['generation', 'int'],
  ['seed', 'boolean'],
  ['children', 'int'],
  ['unexplored', 'int'],
  ['unknownParents', 'int'],
  ['descendants', 'int'],
  ['highlight', 'boolean'],
];

export const EDGE_FIELDS: ReadonlyArray<[keyof EdgeRecord, 'string' | 'int' | 'boolean']> = [
  ['relation', 'string'],
  ['statementIds', 'string'],
  ['rank', 'string'],
  ['properties', 'string'],
  ['kinshipType', 'string'],
  ['nonBirth', 'boolean'],
  ['statedBy', 'string'],
  ['statedOn', 'string'],
  ['startDate', 'string'],
  ['endDate', 'string'],
  ['highlight', 'boolean'],
];

export function nodeRecord(context: ExportContext, key: string): NodeRecord {
  const { graph } = context;
  const a = graph.getNodeAttributes(key);
  return {
    label: a.label,
    qid: a.qid,
    url: context.itemUrl(a.qid),
    description: a.description,
    sex: a.sex,
    birth: formatDate(a.birth),
    death: formatDate(a.death),
    birthYear: yearOf(a.birth),
    deathYear: yearOf(a.death),
    depth: a.depth,
    generation: context.generations().get(key) ?? 0,
    seed: a.seed,
    children: graph.outDegree(key),
    unexplored: a.unexplored,
    unknownParents: a.unknownParents,
    descendants: context.descendants().get(key) ?? 0,
    highlight: context.highlight.nodes.has(key),
  };
}

export function edgeRecord(context: ExportContext, edge: string): EdgeRecord {
  const a = context.graph.getEdgeAttributes(edge);
  return {
    relation: a.relation,
    statementIds: a.statementIds.join(' '),
    rank: a.rank,
    properties: a.properties.join(' '),
    kinshipType: a.kinshipType.length > 0 ? a.kinshipType.join(' ') : null,
    nonBirth: a.nonBirth,
    statedBy: a.statedBy ?? null,
    statedOn: a.statedOn && a.statedOn.length > 0 ? a.statedOn.join(' ') : null,
    startDate: formatDate(a.start),
    endDate: formatDate(a.end),
    highlight: context.highlight.edges.has(edge),
  };
}
