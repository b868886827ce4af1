/**
 * Links stated on one side only, and the twin statements that would complete them (pure). P22/P25
 * and P40 (and P26) are inverse properties on Wikidata: each link should be stated on both items.
 * A twin is proposed only when it is certain: never for a link someone marked deprecated on the
 * other side, never where the data conflicts (several fathers, a "father" who is female), never a
 * P22/P25 when the parent's sex is unknown. Those go to `needsJudgement` with the reason.
 */
import { compareItemIds, type ItemId } from '../ids.js';
import type { PartialDate, Person } from '../person/types.js';
import type { FamilyEdgeAttributes, FamilyGraph } from './types.js';

export interface TwinStatement {
  /** The item that lacks the statement. */
  subject: ItemId;
  property: 'P22' | 'P25' | 'P40' | 'P26';
  value: ItemId;
  /** Qualifiers copied from the stated side: P1039 kinship type, P580/P582 marriage dates. */
  qualifiers: Array<{ property: 'P1039' | 'P580' | 'P582'; value: ItemId | PartialDate }>;
}

export interface JudgementCase {
  subject: ItemId;
  value: ItemId;
  /** What the other side states, and why no twin is proposed. */
  reason: string;
}

export interface MissingTwins {
  statements: TwinStatement[];
  needsJudgement: JudgementCase[];
}

export function missingTwins(graph: FamilyGraph, people: ReadonlyMap<ItemId, Person>): MissingTwins {
  const result: MissingTwins = { statements: [], needsJudgement: [] };
  graph.forEachEdge((_key, edge, source, target) => {
    const a = people.get(source as ItemId);
    const b = people.get(target as ItemId);
    if (!a || !b || !edge.statedBy || edge.statedBy === 'both') return;
    if (edge.relation === 'spouse') spouseTwin(edge, a, b, result);
    else if (edge.statedBy === 'child') parentTwin(edge, a, b, result);
    else childTwin(edge, a, b, result);
  });
  const order = (x: { subject: ItemId; value: ItemId }, y: { subject: ItemId; value: ItemId }) =>
    compareItemIds(x.subject, y.subject) || compareItemIds(x.value, y.value);
  result.statements.sort(order);
  result.needsJudgement.sort(order);
  return result;
}

/** The child states the parent (P22/P25); the parent lacks P40 = child. */
function parentTwin(edge: FamilyEdgeAttributes, parent: Person, child: Person, result: MissingTwins): void {
  const asFather = child.fathers.links.some((l) => l.target === parent.id);
  const asMother = child.mothers.links.some((l) => l.target === parent.id);
  const judge = (reason: string): void =>
    void result.needsJudgement.push({ subject: parent.id, value: child.id, reason });
  if (parent.children.deprecatedTargets?.includes(child.id))
    return judge('the parent has this child as a deprecated P40');
  if (asFather && asMother) return judge('the child states this parent as both father and mother');
  if ((asFather && parent.sex === 'female') || (asMother && parent.sex === 'male')) {
    return judge(`the child states this parent as ${asFather ? 'father' : 'mother'}, but the parent is ${parent.sex}`);
  }
  const rivals = asFather ? child.fathers.links.length : child.mothers.links.length;
  if (rivals > 1) return judge(`the child states ${rivals} ${asFather ? 'fathers' : 'mothers'}`);
  result.statements.push({ subject: parent.id, property: 'P40', value: child.id, qualifiers: kinship(edge) });
}

/** The parent states the child (P40); the child lacks P22/P25 = parent. */
function childTwin(edge: FamilyEdgeAttributes, parent: Person, child: Person, result: MissingTwins): void {
  const judge = (reason: string): void =>
    void result.needsJudgement.push({ subject: child.id, value: parent.id, reason });
  if (parent.sex !== 'male' && parent.sex !== 'female') {
    return judge(
      "the parent states this child (P40), but the parent's sex is not recorded: father (P22) or mother (P25)?",
    );
  }
  const property = parent.sex === 'male' ? 'P22' : 'P25';
  const own = parent.sex === 'male' ? child.fathers : child.mothers;
  if (own.deprecatedTargets?.includes(parent.id)) return judge(`the child has this parent as a deprecated ${property}`);
  if (own.links.length > 0 || own.unknownValues > 0) {
    return judge(`the child already states another ${parent.sex === 'male' ? 'father' : 'mother'}`);
  }
  result.statements.push({ subject: child.id, property, value: parent.id, qualifiers: kinship(edge) });
}

/** One spouse states the marriage (P26); the other does not. */
function spouseTwin(edge: FamilyEdgeAttributes, a: Person, b: Person, result: MissingTwins): void {
  const stating = edge.statedOn?.[0] === b.id ? b : a;
  const other = stating === a ? b : a;
  if (other.spouses.deprecatedTargets?.includes(stating.id)) {
    result.needsJudgement.push({
      subject: other.id,
      value: stating.id,
      reason: 'this spouse has the marriage as a deprecated P26',
    });
    return;
  }
  const qualifiers: TwinStatement['qualifiers'] = [];
  if (edge.start) qualifiers.push({ property: 'P580', value: edge.start });
  if (edge.end) qualifiers.push({ property: 'P582', value: edge.end });
  result.statements.push({ subject: other.id, property: 'P26', value: stating.id, qualifiers });
}

function kinship(edge: FamilyEdgeAttributes): TwinStatement['qualifiers'] {
  return edge.kinshipType.map((value) => ({ property: 'P1039' as const, value }));
}
