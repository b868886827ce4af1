/**
 * A synthetic family graph for benchmarks and stress tests: founding couples, then generation
 * after generation of children (0 to 6 per couple, birth years spaced), who marry either a
 * cousin from another family of their generation or someone from outside (a new person
 * without parents); some remarry and have half-siblings. Deterministic for a given seed.
 */
import { Graph } from './graphology.js';
import type { ItemId } from '../ids.js';
import type { PartialDate, Sex } from '../person/types.js';
import type { FamilyEdgeAttributes, FamilyGraph, FamilyGraphAttributes, PersonAttributes } from './types.js';
import { mulberry32 } from '../random.js';

export interface SyntheticOptions {
  people: number;
  seed?: number;
  founders?: number;
}

export function syntheticFamilyGraph(options: SyntheticOptions): FamilyGraph {
  const random = mulberry32(options.seed ?? 1);
  const graph: FamilyGraph = new Graph<PersonAttributes, FamilyEdgeAttributes, FamilyGraphAttributes>({
    type: 'mixed',
    multi: false,
    allowSelfLoops: false,
  });
  let next = 1;
  const add = (sex: Sex, born: number, depth: number): ItemId => {
    const qid = `Q${next++}` as ItemId;
    const died = born + 20 + Math.floor(random() * 70);
    graph.addNode(qid, {
      qid,
      label: `${sex === 'male' ? 'John' : 'Mary'} ${qid} of House ${1 + (next % 97)}`,
      labelLanguage: 'en',
      description: null,
      sex: random() < 0.02 ? 'unknown' : sex,
      birth: year(born),
      death: died < 2025 ? year(died) : null,
      depth,
      seed: qid === 'Q1',
      unexplored: random() < 0.1 ? 1 : 0,
      unknownParents: 0,
    });
    return qid;
  };
  const link = (relation: FamilyEdgeAttributes['relation'], a: ItemId, b: ItemId) => {
    const spouse = relation === 'spouse';
    const attrs: FamilyEdgeAttributes = {
      relation,
      statementIds: [`${spouse ? a : b}$${next}-${graph.size}`],
      rank: 'normal',
      properties: [spouse ? 'P26' : relation === 'father' ? 'P22' : 'P25'],
      kinshipType: [],
      nonBirth: false,
      start: null,
      end: null,
    };
    if (spouse) graph.addUndirectedEdgeWithKey(`${a}~${b}`, a, b, attrs);
    else graph.addDirectedEdgeWithKey(`${a}>${b}`, a, b, attrs);
  };
  let couples: Array<[ItemId, ItemId, number]> = [];
  for (let i = 0; i < (options.founders ?? 4); i++) {
    const husband = add('male', 1500, 0);
    const wife = add('female', 1502, 0);
    link('spouse', husband, wife);
    couples.push([husband, wife, 1525]);
  }
  for (let depth = 1; graph.order < options.people && couples.length > 0; depth++) {
    const children: Array<[ItemId, number]> = [];
    for (const [father, mother, start] of couples) {
      const count = Math.floor(random() * 7);
      for (let c = 0; c < count && graph.order < options.people; c++) {
        const born = start + c * 2;
        const child = add(random() < 0.5 ? 'male' : 'female', born, depth);
        link('father', father, child);
        link('mother', mother, child);
        children.push([child, born]);
      }
    }
    couples = [];
    const single = children.filter(() => random() < 0.85);
    for (let i = 0; i < single.length && graph.order < options.people; i++) {
      const [person, born] = single[i]!;
      const male = graph.getNodeAttribute(person, 'sex') !== 'female';
      const cousin = single[i + 1];
      const related =
        cousin !== undefined && graph.inNeighbors(person).some((p) => graph.hasDirectedEdge(p, cousin[0]));
      const partner =
        cousin && !related && random() < 0.3 ? (i++, cousin[0]) : add(male ? 'female' : 'male', born + 1, depth);
      if (graph.hasUndirectedEdge(person, partner)) continue;
      link('spouse', person, partner);
      couples.push(male ? [person, partner, born + 25] : [partner, person, born + 25]);
      if (random() < 0.05 && graph.order < options.people) {
        const second = add(male ? 'female' : 'male', born + 5, depth);
        link('spouse', person, second);
        couples.push(male ? [person, second, born + 40] : [second, person, born + 40]);
      }
    }
  }
  graph.replaceAttributes({
    seeds: ['Q1'],
    depth: 99,
    direction: 'both',
    relations: ['parent', 'child', 'spouse'],
    endpoint: 'synthetic',
    languages: ['en'],
    crawledAt: '2026-01-01T00:00:00.000Z',
    wdkinVersion: '0.0.0-synthetic',
  });
  return graph;
}

function year(y: number): PartialDate {
  return { year: y, precision: 9, calendar: 'gregorian', bce: false, time: `+${y}-00-00T00:00:00Z` };
}
