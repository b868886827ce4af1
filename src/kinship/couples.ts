/**
 * One relationship per (ancestor couple or single ancestor, Ga, Gb), kinship.md: the pairs of
 * lines meeting at a father and at a mother through the same child on each side are one route
 * to a couple; every pair of lines through the same couple at the same generations (pedigree
 * collapse) is the same relationship again, counted in `lines`. Pure.
 */
import { compareItemIds, type ItemId } from '../ids.js';
import type { FamilyGraph } from '../graph/types.js';
import { combineHalf, halfEvidence, type HalfEvidence } from './half.js';
import { chainKind, type LinkKind } from './link-kind.js';
import type { LineTrie } from './lines.js';
import { SAMPLE_LINES, type LineClass } from './line-classes.js';
import { forEachMeetingPair } from './lowest-common-ancestors.js';
import type { Pedigree } from './pedigree.js';

/** One relationship before naming. */
export interface AncestorGroup {
  /** The couple (father first, then by sex and Q-id) or the single ancestor. */
  ancestors: ItemId[];
  generationsA: number;
  generationsB: number;
  /** Largest link kind on its lines (0 blood, 1 adoptive, 2 other non-birth). */
  kind: LinkKind;
  /** Pairs of lines that reach the couple (or the single ancestor). */
  lines: number;
  /** Some of the lines on each side (trie nodes of `linesA` / `linesB`), at most SAMPLE_LINES each. */
  samplesA: number[];
  samplesB: number[];
  /** True when the samples are every distinct line on both sides. */
  allLines: boolean;
  /** For a single ancestor on collateral lines: is it half (half.ts)? */
  evidence: HalfEvidence | null;
}

export interface Grouping {
  groups: AncestorGroup[];
  /** Σ (1/2)^(Ga+Gb) over every pair of lines of birth links (kinship.md's path sum). */
  pathSum: number;
  /** Pairs of lines that meet only at their top, every kind of link. */
  linePairs: number;
  /** False when a cap stopped the enumeration (path sum and lines are then lower bounds). */
  complete: boolean;
  linesA: LineTrie;
  linesB: LineTrie;
}

interface Building extends AncestorGroup {
  classesA: Set<LineClass>;
  classesB: Set<LineClass>;
}

const SEX_ORDER: Record<string, number> = { male: 0, female: 1, other: 2, unknown: 3 };

/** Every relationship by descent between `a` and `b` (both in `pedigree`). */
export function groupCouples(
  graph: FamilyGraph,
  pedigree: Pedigree,
  a: ItemId,
  b: ItemId,
  limits: {
    maxLines?: number;
    maxClassPairs?: number;
    recordedParents?: (id: ItemId) => readonly ItemId[];
  } = {},
): Grouping {
  const groups = new Map<string, Building>();
  const evidence = new Map<number, HalfEvidence>();
  const topsMemo = new Map<number, { tops: number[]; key: string }>();
  const people = pedigree.ids.length + 1;
  let pathSum = 0;
  let linePairs = 0;
  const id = (i: number) => pedigree.ids[i]!;
  const sexRank = (i: number) => SEX_ORDER[graph.getNodeAttribute(id(i), 'sex')] ?? 3;
  const byCouple = (x: number, y: number) => sexRank(x) - sexRank(y) || compareItemIds(id(x), id(y));

  const walk = forEachMeetingPair(
    pedigree,
    pedigree.index.get(a)!,
    pedigree.index.get(b)!,
    (ancestor, x, y) => {
      const kind = chainKind(x.kindBelow, x.lastLink, y.kindBelow, y.lastLink);
      const count = x.count * y.count;
      linePairs += count;
      if (kind === 0) pathSum += count * 0.5 ** (x.length + y.length);
      // the tops depend on the ancestor, the two children below it and the link kinds only
      const kinds = (kind * 3 + x.kindBelow) * 3 + y.kindBelow;
      const topsKey = ((ancestor * people + x.child + 1) * people + y.child + 1) * 27 + kinds;
      let found = topsMemo.get(topsKey);
      if (!found) {
        const tops = topsOf(pedigree, ancestor, x, y, kind).sort(byCouple);
        topsMemo.set(topsKey, (found = { tops, key: tops.join('&') }));
      }
      const { tops } = found;
      if (tops[0] !== ancestor) return; // the same pairs of lines, counted at the couple's first member
      const key = `${found.key}|${x.length}|${y.length}|${kind}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          ancestors: tops.map(id),
          generationsA: x.length,
          generationsB: y.length,
          kind,
          lines: 0,
          samplesA: [],
          samplesB: [],
          allLines: true,
          evidence: null,
          classesA: new Set(),
          classesB: new Set(),
        };
        groups.set(key, group);
      }
      group.lines += count;
      addSamples(group.samplesA, group.classesA, x);
      addSamples(group.samplesB, group.classesB, y);
      if (tops.length === 1 && x.child >= 0 && y.child >= 0) {
        const pairKey = (ancestor * people + x.child + 1) * people + y.child + 1;
        let proof = evidence.get(pairKey);
        if (!proof) {
          proof = halfEvidence(graph, id(ancestor), id(x.child), id(y.child), limits.recordedParents);
          evidence.set(pairKey, proof);
        }
        group.evidence = group.evidence ? combineHalf(group.evidence, proof) : proof;
      }
    },
    limits,
  );

  const finished = [...groups.values()].map(({ classesA, classesB, ...group }): AncestorGroup => {
    const distinct = (classes: Set<LineClass>) => [...classes].reduce((sum, c) => sum + c.count, 0);
    const allLines = group.samplesA.length === distinct(classesA) && group.samplesB.length === distinct(classesB);
    return { ...group, allLines };
  });
  return {
    groups: finished,
    pathSum,
    linePairs,
    complete: walk.complete,
    linesA: walk.linesA,
    linesB: walk.linesB,
  };
}

/**
 * The common ancestors at the top of these pairs of lines: `ancestor` and every other parent of
 * both children below it reached by links of the same kind (the other member of a couple).
 */
function topsOf(pedigree: Pedigree, ancestor: number, x: LineClass, y: LineClass, kind: LinkKind): number[] {
  if (x.child < 0 || y.child < 0) return [ancestor];
  const tops: number[] = [];
  for (const onA of pedigree.parents[x.child]!) {
    const onB = pedigree.parents[y.child]!.find((link) => link.parent === onA.parent);
    if (onB && chainKind(x.kindBelow, onA.kind, y.kindBelow, onB.kind) === kind) tops.push(onA.parent);
  }
  return tops;
}

function addSamples(samples: number[], classes: Set<LineClass>, line: LineClass): void {
  if (classes.has(line)) return;
  classes.add(line);
  for (const node of line.samples) if (samples.length < SAMPLE_LINES && !samples.includes(node)) samples.push(node);
}
