/**
 * A second, independent implementation of kinship for the tests, written the slow and obvious
 * way: the pedigree by its own breadth-first walk, every line written out as an array, every pair
 * of lines compared person by person, and φ and F by the path formula
 *
 *   φ(X, Y) = Σ over common ancestors C, over pairs of lines X..C, Y..C sharing only C,
 *             of (1/2)^(Ga+Gb+1) (1 + F_C),          F_X = φ(father(X), mother(X)),
 *
 * not by the recursion the production code uses. Only for small pedigrees (exponential).
 */
import { compareItemIds, type ItemId } from '../../src/ids.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { ADOPTIVE_KINSHIP_TYPES } from '../../src/kinship/link-kind.js';

interface Link {
  parent: ItemId;
  kind: 0 | 1 | 2;
  relation: string;
}

export interface OracleEntry {
  ancestors: string;
  generationsA: number;
  generationsB: number;
  kind: 0 | 1 | 2;
  lines: number;
}

export class Oracle {
  readonly members = new Set<ItemId>();
  private readonly links = new Map<ItemId, Link[]>();
  private readonly inbreedingMemo = new Map<ItemId, number>();

  /** The pedigree of `roots` within `maxGenerations` (shortest distance), as kinship.md defines it. */
  constructor(
    private readonly graph: FamilyGraph,
    roots: ItemId[],
    maxGenerations: number,
  ) {
    let frontier = [...roots];
    for (const id of roots) this.members.add(id);
    for (let g = 0; g < maxGenerations; g += 1) {
      const next: ItemId[] = [];
      for (const id of frontier) {
        for (const link of this.graphLinks(id)) {
          if (this.members.has(link.parent)) continue;
          this.members.add(link.parent);
          next.push(link.parent);
        }
      }
      frontier = next;
    }
    for (const id of this.members) {
      this.links.set(
        id,
        this.graphLinks(id).filter((link) => this.members.has(link.parent)),
      );
    }
  }

  private graphLinks(id: ItemId): Link[] {
    const found: Link[] = [];
    this.graph.forEachInEdge(id, (_edge, attributes, source) => {
      if (attributes.relation === 'spouse') return;
      const types = attributes.kinshipType;
      const kind = types.length === 0 ? 0 : types.some((t) => ADOPTIVE_KINSHIP_TYPES.has(t)) ? 1 : 2;
      found.push({ parent: source as ItemId, kind, relation: attributes.relation });
    });
    return found;
  }

  /** Every line up from `root`, written out; `birthOnly` keeps birth links only. */
  lines(root: ItemId, birthOnly: boolean): Array<{ people: ItemId[]; kind: 0 | 1 | 2 }> {
    const out: Array<{ people: ItemId[]; kind: 0 | 1 | 2 }> = [];
    const walk = (people: ItemId[], kind: 0 | 1 | 2) => {
      out.push({ people, kind });
      for (const link of this.links.get(people.at(-1)!) ?? []) {
        if (birthOnly && link.kind !== 0) continue;
        walk([...people, link.parent], Math.max(kind, link.kind) as 0 | 1 | 2);
      }
    };
    walk([root], 0);
    return out;
  }

  /** Every pair of lines from x and y that share no person but their common top. */
  meetingPairs(x: ItemId, y: ItemId, birthOnly: boolean) {
    const pairs: Array<{ top: ItemId; a: ItemId[]; b: ItemId[]; kind: 0 | 1 | 2 }> = [];
    const fromY = this.lines(y, birthOnly);
    for (const la of this.lines(x, birthOnly)) {
      const top = la.people.at(-1)!;
      for (const lb of fromY) {
        if (lb.people.at(-1) !== top) continue;
        const shared = la.people.filter((p) => lb.people.includes(p));
        if (shared.length === 1) {
          pairs.push({ top, a: la.people, b: lb.people, kind: Math.max(la.kind, lb.kind) as 0 | 1 | 2 });
        }
      }
    }
    return pairs;
  }

  /** The two birth parents (random test pedigrees have at most one father and one mother). */
  birthParents(id: ItemId): ItemId[] {
    return (this.links.get(id) ?? []).filter((link) => link.kind === 0).map((link) => link.parent);
  }

  inbreeding(id: ItemId): number {
    const known = this.inbreedingMemo.get(id);
    if (known !== undefined) return known;
    const parents = this.birthParents(id);
    const value = parents.length === 2 ? this.kinship(parents[0]!, parents[1]!) : 0;
    this.inbreedingMemo.set(id, value);
    return value;
  }

  /** φ by the path formula. */
  kinship(x: ItemId, y: ItemId): number {
    if (x === y) return (1 + this.inbreeding(x)) / 2;
    return this.meetingPairs(x, y, true).reduce(
      (sum, p) => sum + 0.5 ** (p.a.length - 1 + p.b.length - 1 + 1) * (1 + this.inbreeding(p.top)),
      0,
    );
  }

  /** Σ (1/2)^(Ga+Gb) over pairs of birth lines. */
  pathSum(x: ItemId, y: ItemId): number {
    return this.meetingPairs(x, y, true).reduce((sum, p) => sum + 0.5 ** (p.a.length + p.b.length - 2), 0);
  }

  /** Σ (1/2)^(Ga+Gb) (1 + F_C): Wright's sum, which must equal 2φ. */
  weightedPathSum(x: ItemId, y: ItemId): number {
    return this.meetingPairs(x, y, true).reduce(
      (sum, p) => sum + 0.5 ** (p.a.length + p.b.length - 2) * (1 + this.inbreeding(p.top)),
      0,
    );
  }

  /**
   * One entry per (couple or single ancestor, Ga, Gb, kind), kinship.md: the tops of a pair of
   * lines are every parent shared by the two children below the top (with links of the same
   * kind); the pair is counted once, at the first top by sex then Q-id.
   */
  entries(x: ItemId, y: ItemId): OracleEntry[] {
    const sexRank = (id: ItemId) =>
      ({ male: 0, female: 1, other: 2, unknown: 3 })[this.graph.getNodeAttribute(id, 'sex')];
    const found = new Map<string, OracleEntry>();
    for (const pair of this.meetingPairs(x, y, false)) {
      const childA = pair.a.at(-2);
      const childB = pair.b.at(-2);
      let tops = [pair.top];
      if (childA && childB) {
        const belowKind = Math.max(this.kindOf(pair.a.slice(0, -1)), this.kindOf(pair.b.slice(0, -1)));
        tops = (this.links.get(childA) ?? [])
          .filter((la) => {
            const lb = (this.links.get(childB) ?? []).find((l) => l.parent === la.parent);
            return lb !== undefined && Math.max(belowKind, la.kind, lb.kind) === pair.kind;
          })
          .map((link) => link.parent);
      }
      tops.sort((p, q) => sexRank(p) - sexRank(q) || compareItemIds(p, q));
      if (tops[0] !== pair.top) continue;
      const entry = {
        ancestors: tops.join('&'),
        generationsA: pair.a.length - 1,
        generationsB: pair.b.length - 1,
        kind: pair.kind,
        lines: 0,
      };
      const key = `${entry.ancestors}|${entry.generationsA}|${entry.generationsB}|${entry.kind}`;
      const known = found.get(key) ?? entry;
      known.lines += 1;
      found.set(key, known);
    }
    return [...found.values()];
  }

  private kindOf(line: ItemId[]): 0 | 1 | 2 {
    let kind: 0 | 1 | 2 = 0;
    for (let i = 1; i < line.length; i += 1) {
      const link = this.links.get(line[i - 1]!)!.find((l) => l.parent === line[i]);
      kind = Math.max(kind, link!.kind) as 0 | 1 | 2;
    }
    return kind;
  }
}
