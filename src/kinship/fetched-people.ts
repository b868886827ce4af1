import { buildFamilyGraph } from '../graph/build.js';
import type { Anomaly } from '../graph/anomaly.js';
import type { FamilyGraph, FamilyGraphAttributes } from '../graph/types.js';
import type { ItemId } from '../ids.js';
import type { FamilyLink, LinkSet, Person } from '../person/types.js';
import type { PersonSource } from '../wikidata/person-source.js';
import type { ReverseKinds } from '../wikidata/reverse-queries.js';

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
  /** Found pointing at someone fetched by a reverse lookup, not fetched yet: fetched with the next call. */
  private readonly candidates = new Set<ItemId>();
  /** Links stated only on the other side, from everyone fetched: child -> parent (by P40 on the parent). */
  private readonly parentsStatedByParent = new Map<ItemId, Map<ItemId, ItemId[]>>();
  /** parent -> child (by P22/P25 on the child), and spouse -> spouse (by P26 on the other). */
  private readonly childrenStatedByChild = new Map<ItemId, Set<ItemId>>();
  private readonly spousesStatedByOther = new Map<ItemId, Set<ItemId>>();
  /** getPeople calls made. */
  rounds = 0;

  /** `reverse: false` reads each person's own statements only (`--no-reverse`). */
  constructor(
    readonly source: PersonSource,
    private readonly reverse = true,
  ) {}

  /** Some reverse lookup found people not fetched yet (the next fetch brings them). */
  get hasCandidates(): boolean {
    return this.candidates.size > 0;
  }

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

  /**
   * Fetches the ids not known yet, with the candidates earlier reverse lookups found, in one
   * getPeople call; `reverse` also looks up, in the same round, who states a link of these kinds
   * to the people asked for (they come with the next call). Returns how many were asked for.
   */
  async fetch(ids: Iterable<ItemId>, reverse?: ReverseKinds): Promise<number> {
    const wanted = [...new Set([...ids, ...this.candidates].map((id) => this.resolve(id)))].filter(
      (id) => !this.isKnown(id),
    );
    this.candidates.clear();
    if (wanted.length === 0) return 0;
    this.rounds += 1;
    const lookUp = this.reverse && reverse ? { reverse: { ...reverse, ids: wanted } } : undefined;
    const batch = await this.source.getPeople(wanted, lookUp);
    for (const [from, to] of batch.redirects) if (from !== to) this.redirects.set(from, to);
    for (const [id, person] of batch.people) {
      this.people.set(id, person);
      this.index(person);
    }
    for (const id of batch.missing) this.missing.add(id);
    for (const id of batch.failed) this.failed.add(id);
    for (const id of batch.linkedFrom) if (!this.isKnown(id)) this.candidates.add(id);
    for (const [id, reason] of batch.reverseFailed) {
      this.anomalies.push({
        kind: 'reverse-lookup-failed',
        id,
        detail: `${id}: links stated on the other side may be missing (${reason})`,
      });
    }
    this.anomalies.push(...batch.anomalies);
    return wanted.length;
  }

  /** Records what a fetched person states about others, so links stated on one side are seen from both. */
  private index(person: Person): void {
    const add = (map: Map<ItemId, Set<ItemId>>, key: ItemId, value: ItemId) => {
      const set = map.get(key);
      if (set) set.add(value);
      else map.set(key, new Set([value]));
    };
    for (const link of person.children.links) {
      const parents = this.parentsStatedByParent.get(link.target) ?? new Map<ItemId, ItemId[]>();
      parents.set(person.id, [...(link.kinshipType ?? [])]);
      this.parentsStatedByParent.set(link.target, parents);
    }
    for (const link of [...person.fathers.links, ...person.mothers.links])
      add(this.childrenStatedByChild, link.target, person.id);
    for (const link of person.spouses.links) add(this.spousesStatedByOther, link.target, person.id);
  }

  /**
   * The recorded parent links of a person: the one place the kinship search reads parents
   * (`parents` and the half evidence derive from it). P22 father and P25 mother on the person,
   * and P40 on a fetched parent naming this person as child (a link stated on the parent's side
   * only), merged items followed; P1039 kinship types kept (empty: a birth link).
   */
  parentLinks(id: ItemId): Array<{ parent: ItemId; kinshipType: ItemId[] }> {
    const person = this.person(id);
    if (!person) return [];
    const found = new Map<ItemId, ItemId[]>();
    for (const link of [...person.fathers.links, ...person.mothers.links]) {
      const parent = this.resolve(link.target);
      found.set(parent, [...(found.get(parent) ?? []), ...(link.kinshipType ?? [])]);
    }
    for (const [parent, kinshipType] of this.parentsStatedByParent.get(person.id) ?? []) {
      if (!found.has(parent)) found.set(parent, kinshipType);
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
    return person
      ? [...new Set([...this.targets(person.spouses), ...(this.spousesStatedByOther.get(person.id) ?? [])])]
      : [];
  }

  /** Parents, children and spouses: every family link, whichever side states it. */
  relatives(id: ItemId): ItemId[] {
    const person = this.person(id);
    if (!person) return [];
    const children = [...this.targets(person.children), ...(this.childrenStatedByChild.get(person.id) ?? [])];
    return [...new Set([...this.parents(id), ...children, ...this.spouses(id)])];
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
