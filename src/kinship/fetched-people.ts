import { buildFamilyGraph } from '../graph/build.js';
import type { Anomaly } from '../graph/anomaly.js';
import type { FamilyGraph, FamilyGraphAttributes } from '../graph/types.js';
import type { ItemId } from '../ids.js';
import type { FamilyLink, LinkSet, Person } from '../person/types.js';
import type { PersonSource } from '../wikidata/person-source.js';

/**
 * The people a kinship search has fetched so far: every fetch is one `getPeople` call (the
 * source batches and parallelises it), nobody is asked for twice, merged items (redirects) are
 * followed. Builds the family graph of everyone fetched.
 */
export class FetchedPeople {
  readonly people = new Map<ItemId, Person>();
  readonly missing = new Set<ItemId>();
  readonly failed = new Set<ItemId>();
  readonly anomalies: Anomaly[] = [];
  private readonly redirects = new Map<ItemId, ItemId>();
  /** getPeople calls made. */
  rounds = 0;

  constructor(readonly source: PersonSource) {}

  resolve(id: ItemId): ItemId {
    return this.redirects.get(id) ?? id;
  }

  person(id: ItemId): Person | undefined {
    return this.people.get(this.resolve(id));
  }

  /** Fetched, or known to be missing or unfetchable: never asked for again. */
  isKnown(id: ItemId): boolean {
    const resolved = this.resolve(id);
    return this.people.has(resolved) || this.missing.has(resolved) || this.failed.has(resolved);
  }

  /** Fetches the ids not known yet in one getPeople call; returns how many were asked for. */
  async fetch(ids: Iterable<ItemId>): Promise<number> {
    const wanted = [...new Set([...ids].map((id) => this.resolve(id)))].filter((id) => !this.isKnown(id));
    if (wanted.length === 0) return 0;
    this.rounds += 1;
    const batch = await this.source.getPeople(wanted);
    for (const [from, to] of batch.redirects) if (from !== to) this.redirects.set(from, to);
    for (const [id, person] of batch.people) this.people.set(id, person);
    for (const id of batch.missing) this.missing.add(id);
    for (const id of batch.failed) this.failed.add(id);
    this.anomalies.push(...batch.anomalies);
    return wanted.length;
  }

  /**
   * The recorded parent links of a person: the one place the kinship search reads parents
   * (`parents` and the half evidence derive from it). P22 father and P25 mother on the person,
   * merged items followed; P1039 kinship types kept (empty: a birth link).
   */
  parentLinks(id: ItemId): Array<{ parent: ItemId; kinshipType: ItemId[] }> {
    const person = this.person(id);
    if (!person) return [];
    const found = new Map<ItemId, ItemId[]>();
    for (const link of [...person.fathers.links, ...person.mothers.links]) {
      const parent = this.resolve(link.target);
      found.set(parent, [...(found.get(parent) ?? []), ...(link.kinshipType ?? [])]);
    }
    return [...found].map(([parent, kinshipType]) => ({ parent, kinshipType }));
  }

  parents(id: ItemId): ItemId[] {
    return this.parentLinks(id).map((link) => link.parent);
  }

  /** The recorded birth parents (no P1039 kinship type on the link). */
  birthParents(id: ItemId): ItemId[] {
    return this.parentLinks(id)
      .filter((link) => link.kinshipType.length === 0)
      .map((link) => link.parent);
  }

  spouses(id: ItemId): ItemId[] {
    const person = this.person(id);
    return person ? this.targets(person.spouses) : [];
  }

  /** Parents, children and spouses: every family link. */
  relatives(id: ItemId): ItemId[] {
    const person = this.person(id);
    return person ? [...new Set([...this.parents(id), ...this.targets(person.children, person.spouses)])] : [];
  }

  private targets(...sets: LinkSet[]): ItemId[] {
    const found = new Set<ItemId>();
    for (const set of sets) for (const link of set.links) found.add(this.resolve(link.target));
    return [...found];
  }

  /** The family graph of everyone fetched (links to merged items re-pointed to their targets). */
  graph(meta: FamilyGraphAttributes, depths: ReadonlyMap<ItemId, number> = new Map()): FamilyGraph {
    const people = new Map<ItemId, Person>();
    for (const [id, person] of this.people) people.set(id, this.redirects.size > 0 ? this.repoint(person) : person);
    const allDepths = new Map<ItemId, number>();
    for (const id of people.keys()) allDepths.set(id, depths.get(id) ?? (meta.seeds.includes(id) ? 0 : 1));
    return buildFamilyGraph(people, {
      depths: allDepths,
      spouses: true,
      followed: { parents: true, children: false, spouses: true },
      meta,
    }).graph;
  }

  private repoint(person: Person): Person {
    const fix = (set: LinkSet): LinkSet => ({
      ...set,
      links: set.links.map((l): FamilyLink => ({ ...l, target: this.resolve(l.target) })),
    });
    return {
      ...person,
      fathers: fix(person.fathers),
      mothers: fix(person.mothers),
      children: fix(person.children),
      spouses: fix(person.spouses),
    };
  }
}
