import { Graph } from './graphology.js';
import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyLink, Person } from '../person/types.js';
import type { Anomaly } from './anomaly.js';
import type {
  EdgeRelation,
  FamilyEdgeAttributes,
  FamilyGraph,
  FamilyGraphAttributes,
  PersonAttributes,
  StatedBy,
} from './types.js';

export interface BuildGraphOptions {
  /** Distance from the nearest seed of every person that becomes a node. */
  depths: ReadonlyMap<ItemId, number>;
  /** Add spouse edges (only when the crawl followed P26). */
  spouses: boolean;
  /** Which link kinds were followed, to count links leading out of the graph. */
  followed: { parents: boolean; children: boolean; spouses: boolean };
  meta: FamilyGraphAttributes;
}

export interface BuiltGraph {
  graph: FamilyGraph;
  anomalies: Anomaly[];
}

export function parentEdgeKey(parent: ItemId, child: ItemId): string {
  return `${parent}>${child}`;
}

export function spouseEdgeKey(a: ItemId, b: ItemId): string {
  return compareItemIds(a, b) <= 0 ? `${a}~${b}` : `${b}~${a}`;
}

/**
 * Builds the family graph from parsed people: one node per person in `depths`, one edge per
 * family link between two nodes (P22/P25 on the child and P40 on the parent are the same link).
 * Pure: same input, same graph (nodes and edges are added in Q-id order).
 */
export function buildFamilyGraph(people: ReadonlyMap<ItemId, Person>, options: BuildGraphOptions): BuiltGraph {
  const graph: FamilyGraph = new Graph<PersonAttributes, FamilyEdgeAttributes, FamilyGraphAttributes>({
    type: 'mixed',
    multi: false,
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ ...options.meta });
  const anomalies: Anomaly[] = [];
  const ids = [...options.depths.keys()].filter((id) => people.has(id)).sort(compareItemIds);
  const inGraph = new Set(ids);
  const seeds = new Set(options.meta.seeds);

  for (const id of ids) {
    const person = people.get(id)!;
    graph.addNode(id, nodeAttributes(person, options.depths.get(id) ?? 0, seeds.has(id)));
    anomalies.push(...personAnomalies(person));
  }

  for (const id of ids) {
    const person = people.get(id)!;
    for (const link of person.fathers.links)
      addParentEdge(graph, anomalies, link.target, id, 'father', 'P22', link, people);
    for (const link of person.mothers.links)
      addParentEdge(graph, anomalies, link.target, id, 'mother', 'P25', link, people);
    for (const link of person.children.links) {
      const role = roleOf(person);
      addParentEdge(graph, anomalies, id, link.target, role, 'P40', link, people);
    }
    if (options.spouses) {
      for (const link of person.spouses.links) addSpouseEdge(graph, id, link);
    }
  }

  for (const id of ids) {
    const person = people.get(id)!;
    graph.setNodeAttribute(id, 'unexplored', countUnexplored(person, inGraph, options.followed));
  }
  graph.forEachEdge((key, attributes, source, target) => {
    const statedBy = sideOf(attributes);
    graph.setEdgeAttribute(key, 'statedBy', statedBy);
    if (statedBy !== 'both') anomalies.push(oneSided(graph, attributes, source as ItemId, target as ItemId));
  });
  return { graph, anomalies };
}

/** Which side states a link, from who stated it (pure). */
function sideOf(edge: FamilyEdgeAttributes): StatedBy {
  if (edge.relation === 'spouse') return (edge.statedOn ?? []).length >= 2 ? 'both' : 'one-side';
  const byChild = edge.properties.some((p) => p === 'P22' || p === 'P25');
  const byParent = edge.properties.includes('P40');
  return byChild && byParent ? 'both' : byParent ? 'parent' : 'child';
}

function oneSided(graph: FamilyGraph, edge: FamilyEdgeAttributes, source: ItemId, target: ItemId): Anomaly {
  const name = (id: ItemId) => `${id} (${graph.getNodeAttribute(id, 'label')})`;
  if (edge.relation === 'spouse') {
    const stating = edge.statedOn?.[0] ?? source;
    const other = stating === source ? target : source;
    return {
      kind: 'one-sided-link',
      id: other,
      detail: `${name(stating)} states ${other} as spouse (P26), but ${other} does not state it back`,
    };
  }
  if (edge.statedBy === 'child' || sideOf(edge) === 'child') {
    return {
      kind: 'one-sided-link',
      id: source,
      detail: `${name(target)} states ${source} as ${edge.properties.includes('P25') ? 'mother (P25)' : 'father (P22)'}, but ${source} does not state ${target} as child (P40)`,
    };
  }
  return {
    kind: 'one-sided-link',
    id: target,
    detail: `${name(source)} states ${target} as child (P40), but ${target} does not state ${source} as father or mother (P22/P25)`,
  };
}

function nodeAttributes(person: Person, depth: number, seed: boolean): PersonAttributes {
  return {
    qid: person.id,
    label: person.label ?? person.id,
    labelLanguage: person.labelLanguage,
    description: person.description,
    sex: person.sex,
    birth: person.birth,
    death: person.death,
    depth,
    seed,
    unexplored: 0,
    unknownParents: person.fathers.unknownValues + person.mothers.unknownValues,
  };
}

function roleOf(person: Person): EdgeRelation {
  if (person.sex === 'male') return 'father';
  if (person.sex === 'female') return 'mother';
  return 'parent';
}

function addParentEdge(
  graph: FamilyGraph,
  anomalies: Anomaly[],
  parent: ItemId,
  child: ItemId,
  relation: EdgeRelation,
  property: 'P22' | 'P25' | 'P40',
  link: FamilyLink,
  people: ReadonlyMap<ItemId, Person>,
): void {
  if (parent === child) {
    anomalies.push({
      kind: 'self-link',
      id: child,
      detail: `${child} is given as its own ${property === 'P40' ? 'child' : 'parent'}`,
    });
    return;
  }
  if (!graph.hasNode(parent) || !graph.hasNode(child)) return;
  const key = parentEdgeKey(parent, child);
  const kinship = link.kinshipType ?? [];
  if (!graph.hasEdge(key)) {
    if (graph.hasDirectedEdge(child, parent)) {
      anomalies.push({
        kind: 'ancestry-cycle',
        id: child,
        detail: `${parent} and ${child} are each given as the other's parent`,
      });
      return;
    }
    graph.addDirectedEdgeWithKey(key, parent, child, {
      relation,
      statementIds: [link.statementId],
      rank: link.rank,
      properties: [property],
      kinshipType: [...kinship],
      nonBirth: kinship.length > 0,
      start: null,
      end: null,
    });
    return;
  }
  const edge = graph.getEdgeAttributes(key);
  if (!edge.statementIds.includes(link.statementId)) edge.statementIds.push(link.statementId);
  if (!edge.properties.includes(property)) edge.properties.push(property);
  if (link.rank === 'preferred') edge.rank = 'preferred';
  for (const k of kinship) if (!edge.kinshipType.includes(k)) edge.kinshipType.push(k);
  edge.nonBirth = edge.kinshipType.length > 0;
  if (property !== 'P40' && edge.relation !== relation) {
    if (edge.relation === 'parent' || edge.properties.every((p: string) => p === 'P40' || p === property)) {
      edge.relation = relation; // the child's own P22/P25 names the role better than the parent's sex
    } else {
      anomalies.push({
        kind: 'conflicting-parent-role',
        id: child,
        detail: `${parent} is given as both father and mother of ${child} (${people.get(parent)?.label ?? parent})`,
      });
    }
  }
}

function addSpouseEdge(graph: FamilyGraph, id: ItemId, link: FamilyLink): void {
  if (link.target === id || !graph.hasNode(link.target)) return;
  const key = spouseEdgeKey(id, link.target);
  if (!graph.hasEdge(key)) {
    const [a, b] = compareItemIds(id, link.target) <= 0 ? [id, link.target] : [link.target, id];
    graph.addUndirectedEdgeWithKey(key, a, b, {
      relation: 'spouse',
      statementIds: [link.statementId],
      rank: link.rank,
      properties: ['P26'],
      kinshipType: [],
      nonBirth: false,
      start: link.start ?? null,
      end: link.end ?? null,
      statedOn: [id],
    });
    return;
  }
  const edge = graph.getEdgeAttributes(key);
  if (!edge.statedOn?.includes(id)) edge.statedOn = [...(edge.statedOn ?? []), id];
  if (!edge.statementIds.includes(link.statementId)) edge.statementIds.push(link.statementId);
  if (link.rank === 'preferred') edge.rank = 'preferred';
  edge.start ??= link.start ?? null;
  edge.end ??= link.end ?? null;
}

function countUnexplored(
  person: Person,
  inGraph: ReadonlySet<ItemId>,
  followed: BuildGraphOptions['followed'],
): number {
  const outside = new Set<ItemId>();
  const consider = (links: FamilyLink[]) => {
    for (const link of links) if (!inGraph.has(link.target)) outside.add(link.target);
  };
  if (followed.parents) {
    consider(person.fathers.links);
    consider(person.mothers.links);
  }
  if (followed.children) consider(person.children.links);
  if (followed.spouses) consider(person.spouses.links);
  return outside.size;
}

/** Data conflicts visible from one person alone. */
export function personAnomalies(person: Person): Anomaly[] {
  const found: Anomaly[] = [];
  const fathers = new Set(person.fathers.links.map((l) => l.target));
  const mothers = new Set(person.mothers.links.map((l) => l.target));
  if (fathers.size > 1)
    found.push({
      kind: 'several-fathers',
      id: person.id,
      detail: `${fathers.size} fathers: ${[...fathers].join(', ')}`,
    });
  if (mothers.size > 1)
    found.push({
      kind: 'several-mothers',
      id: person.id,
      detail: `${mothers.size} mothers: ${[...mothers].join(', ')}`,
    });
  const unknown = person.fathers.unknownValues + person.mothers.unknownValues;
  if (unknown > 0)
    found.push({ kind: 'unknown-parent', id: person.id, detail: `${unknown} parent(s) given as unknown value` });
  const deprecated =
    person.fathers.deprecated + person.mothers.deprecated + person.children.deprecated + person.spouses.deprecated;
  if (deprecated > 0)
    found.push({
      kind: 'deprecated-statement',
      id: person.id,
      detail: `${deprecated} deprecated family statement(s) ignored`,
    });
  if (person.labelTruncated)
    found.push({ kind: 'huge-label', id: person.id, detail: 'label cut to its first 1,000 characters' });
  return found;
}
