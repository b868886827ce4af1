/**
 * Pairs of people related by blood in the royals (seeded): from a random person, up 1-4
 * generations through random parents, then down 0-4 through random children; both renumbered
 * into a random copy of a synthetic dump. Written as TSV (`A<TAB>B`) for `wdkin kinship --pairs`.
 */
import { mulberry32 } from '../../src/random.js';
import { royalEntities, royalId, type SyntheticDumpOptions } from '../../test/support/synthetic-dump.js';

function targets(entity: Record<string, any>, property: string): string[] {
  return ((entity.claims?.[property] ?? []) as Array<Record<string, any>>)
    .map((s) => s.mainsnak?.datavalue?.value?.id as string | undefined)
    .filter((id): id is string => typeof id === 'string');
}

export function relatedPairs(options: SyntheticDumpOptions, count: number, seed: number): Array<[string, string]> {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const entity of royalEntities()) {
    const own = [...targets(entity, 'P22'), ...targets(entity, 'P25')];
    parents.set(entity.id, own);
    for (const parent of own) children.set(parent, [...(children.get(parent) ?? []), entity.id]);
  }
  const start = [...parents.keys()].filter((id) => (parents.get(id) ?? []).length > 0);
  const pairs: Array<[string, string]> = [];
  while (pairs.length < count) {
    const a = pick(start);
    let at = a;
    for (let up = 1 + Math.floor(random() * 4); up > 0 && (parents.get(at) ?? []).length > 0; up -= 1)
      at = pick(parents.get(at)!);
    for (let down = Math.floor(random() * 5); down > 0 && (children.get(at) ?? []).length > 0; down -= 1)
      at = pick(children.get(at)!);
    if (at === a) continue;
    const copy = Math.floor(random() * options.copies);
    pairs.push([royalId(options, copy, a), royalId(options, copy, at)]);
  }
  return pairs;
}
