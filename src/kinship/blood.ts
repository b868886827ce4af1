import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import type { Sex } from '../person/types.js';
import type { Ancestry } from './ancestors.js';
import { groupCouples, type AncestorGroup } from './couples.js';
import { kindOfLinks, withKind } from './link-kind.js';
import { bloodName, cousinDegree, neutralBloodName, type NameSpec } from './naming.js';
import { compareRelationships } from './order.js';
import type { Relationship, RelationshipKind } from './types.js';

/** What a relationship's name is made of. */
export interface RelationshipSpec extends NameSpec {
  kind: RelationshipKind;
  multiplicity: number;
}

const MULTIPLE = ['', '', 'double ', 'triple ', 'quadruple '];

/** The full name of B relative to A: "double first cousin", "adoptive brother", "half-aunt". */
export function relationshipName(spec: RelationshipSpec, sex: Sex): string {
  return decorate(spec, bloodName(spec, sex));
}

export function neutralRelationshipName(spec: RelationshipSpec): string {
  return decorate(spec, neutralBloodName(spec));
}

/** Adds "double "/"triple " (collateral only) and the kind's words around a name. */
export function decorate(spec: RelationshipSpec, name: string): string {
  const collateral = spec.generationsA > 0 && spec.generationsB > 0;
  const times =
    spec.multiplicity > 1 && collateral ? (MULTIPLE[spec.multiplicity] ?? `${spec.multiplicity}-fold `) : '';
  return withKind(`${times}${name}`, spec.kind);
}

/**
 * Every relationship by descent between A and B within the two ancestries: one per pair of
 * lines meeting only at their lowest common ancestor, co-parents merged into a couple (a single
 * ancestor: half), named from B's sex, closest first. Several relationships of the same degree
 * make each "double" (or triple...).
 */
export function bloodRelationships(
  graph: FamilyGraph,
  a: ItemId,
  b: ItemId,
  ancestryA: Ancestry,
  ancestryB: Ancestry,
): Relationship[] {
  const { groups } = groupCouples(graph, ancestryA, ancestryB);
  const specs = groups.map((group) => specOf(group));
  const counts = new Map<string, number>();
  for (const spec of specs) counts.set(degreeKey(spec), (counts.get(degreeKey(spec)) ?? 0) + 1);
  const sex = graph.getNodeAttribute(b, 'sex');
  return groups
    .map((group, i) => {
      const spec = { ...specs[i]!, multiplicity: counts.get(degreeKey(specs[i]!)) ?? 1 };
      const first = group.pairs[0]!;
      return {
        name: relationshipName(spec, sex),
        neutralName: neutralRelationshipName(spec),
        kind: spec.kind,
        half: spec.half,
        multiplicity: spec.multiplicity,
        generationsA: spec.generationsA,
        generationsB: spec.generationsB,
        cousin: cousinDegree(spec.generationsA, spec.generationsB),
        commonAncestors: [...group.ancestors],
        paths: { a: [...first.a.people], b: [...first.b.people] },
        via: null,
        nonBirthLinks: group.nonBirth,
      } satisfies Relationship;
    })
    .sort(compareRelationships);
}

function specOf(group: AncestorGroup): RelationshipSpec {
  const collateral = group.generationsA > 0 && group.generationsB > 0;
  return {
    generationsA: group.generationsA,
    generationsB: group.generationsB,
    half: collateral && group.ancestors.length === 1,
    kind: kindOfLinks(group.nonBirth),
    multiplicity: 1,
  };
}

function degreeKey(spec: RelationshipSpec): string {
  return `${spec.generationsA},${spec.generationsB},${spec.half},${spec.kind}`;
}
