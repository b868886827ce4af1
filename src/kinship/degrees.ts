/**
 * The per-degree summary of kinship.md: "double" (or triple) is a property of the pair, not of
 * one relationship: two (three) distinct ancestor couples give the same degree. Beyond three,
 * "related as eighth cousins once removed in 74 ways". Pure.
 */
import { pairName } from './naming.js';
import type { DegreeSummary, Relationship } from './types.js';

const TIMES = ['', '', 'double', 'triple'];

/** The label of a degree reached through `couples` ancestor couples (or single ancestors) by `lines` pairs of lines. */
export function degreeLabel(name: string, couples: number, lines: number, allCouples = true): string {
  if (couples > 3) {
    const through = allCouples ? 'ancestor couples' : 'ancestor couples or single ancestors';
    return `related as ${pairName(name)} in ${lines} ways, through ${couples} ${through}`;
  }
  const times = TIMES[couples] ? `${TIMES[couples]} ` : '';
  return `${times}${name}${lines > couples ? ` (${lines} lines)` : ''}`;
}

/** One summary per degree (name, generations, kind), in the order of `relationships` (closest first). */
export function summarizeDegrees(relationships: readonly Relationship[]): DegreeSummary[] {
  const degrees = new Map<string, DegreeSummary & { allCouples: boolean }>();
  for (const r of relationships) {
    const key = degreeKey(r);
    const found = degrees.get(key);
    const couple = r.commonAncestors.length > 1;
    if (found) {
      found.couples += 1;
      found.lines += r.lines;
      found.allCouples &&= couple;
    } else {
      degrees.set(key, {
        name: r.name,
        kind: r.kind,
        generationsA: r.generationsA,
        generationsB: r.generationsB,
        couples: 1,
        lines: r.lines,
        label: '',
        allCouples: couple,
      });
    }
  }
  return [...degrees.values()].map(({ allCouples, ...degree }) => ({
    ...degree,
    label: degreeLabel(degree.name, degree.couples, degree.lines, allCouples),
  }));
}

/** Relationships of the same degree share this key. */
export function degreeKey(r: Pick<Relationship, 'name' | 'kind' | 'generationsA' | 'generationsB'>): string {
  return `${r.generationsA},${r.generationsB},${r.kind},${r.name}`;
}
