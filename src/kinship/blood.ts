/**
 * Relationships by descent between two people of a truncated pedigree, named: one per ancestor
 * couple (or single ancestor) and generations, with its lines, its paths, "half" only with
 * evidence; plus the path sum over the same pairs of lines. Pure.
 */
import type { ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { groupCouples, type AncestorGroup } from './couples.js';
import type { RecordedParents } from './half.js';
import { relationshipKind } from './link-kind.js';
import { lineIds, lineLinks, type LineTrie } from './lines.js';
import { cousinDegree, neutralRelationshipName, relationshipName } from './naming.js';
import { compareRelationships } from './order.js';
import { truncatedPedigree, type Pedigree } from './pedigree.js';
import type { NonBirthLink, Relationship } from './types.js';

export interface DescentLimits {
  maxLines?: number;
  maxClassPairs?: number;
  /** Recorded parents beyond the graph, for the half evidence (relate.ts). */
  recordedParents?: RecordedParents;
}

export interface Descent {
  /** Closest first. */
  relationships: Relationship[];
  pathSum: number;
  linePairs: number;
  /** False when a cap on lines stopped the enumeration. */
  complete: boolean;
}

/** Every relationship by descent between `a` and `b` in `pedigree` (the pedigree of both). */
export function relationshipsByDescent(
  graph: FamilyGraph,
  pedigree: Pedigree,
  a: ItemId,
  b: ItemId,
  limits: DescentLimits = {},
): Descent {
  const grouping = groupCouples(graph, pedigree, a, b, limits);
  const sex = graph.getNodeAttribute(b, 'sex');
  const relationships = grouping.groups
    .map((group): Relationship => {
      const half = group.evidence ? group.evidence.half : false;
      const spec = {
        generationsA: group.generationsA,
        generationsB: group.generationsB,
        half: half === true,
        kind: relationshipKind(group.kind),
      };
      const paths = {
        a: group.samplesA.map((node) => lineIds(pedigree, grouping.linesA, node)),
        b: group.samplesB.map((node) => lineIds(pedigree, grouping.linesB, node)),
      };
      return {
        name: relationshipName(spec, sex),
        neutralName: neutralRelationshipName(spec),
        kind: spec.kind,
        half,
        otherParentUnrecorded: group.evidence?.unrecorded ?? [],
        generationsA: group.generationsA,
        generationsB: group.generationsB,
        cousin: cousinDegree(group.generationsA, group.generationsB),
        commonAncestors: group.ancestors,
        lines: group.lines,
        paths,
        allPaths: group.allLines,
        via: null,
        nonBirthLinks: group.kind === 0 ? [] : nonBirthLinks(pedigree, grouping.linesA, grouping.linesB, group),
      };
    })
    .sort(compareRelationships);
  return { relationships, pathSum: grouping.pathSum, linePairs: grouping.linePairs, complete: grouping.complete };
}

/** The relationships by descent of `a` and `b` within `maxGenerations` of either (for in-laws). */
export function bloodRelationships(
  graph: FamilyGraph,
  a: ItemId,
  b: ItemId,
  maxGenerations: number,
  recordedParents?: RecordedParents,
): Relationship[] {
  const pedigree = truncatedPedigree(graph, [a, b], maxGenerations);
  return relationshipsByDescent(graph, pedigree, a, b, recordedParents ? { recordedParents } : {}).relationships;
}

/** The non-birth links on the sample lines of a group and on the links to each member of its couple. */
function nonBirthLinks(pedigree: Pedigree, linesA: LineTrie, linesB: LineTrie, group: AncestorGroup): NonBirthLink[] {
  const found = new Map<string, NonBirthLink>();
  const add = (child: number, parent: number) => {
    const link = pedigree.parents[child]!.find((l) => l.parent === parent);
    if (!link || link.kind === 0) return;
    const entry = { parent: pedigree.ids[parent]!, child: pedigree.ids[child]!, kinshipType: [...link.kinshipType] };
    found.set(`${entry.parent}>${entry.child}`, entry);
  };
  const tops = group.ancestors.map((id) => pedigree.index.get(id)!);
  for (const [trie, samples] of [
    [linesA, group.samplesA],
    [linesB, group.samplesB],
  ] as const) {
    for (const node of samples) {
      const links = lineLinks(trie, node);
      for (const [child, parent] of links) add(child, parent);
      const last = links.at(-1);
      if (last) for (const top of tops) add(last[0], top);
    }
  }
  return [...found.values()];
}
