/**
 * The shortest chain of family links found by fetching people as it goes (findKinship's fallback
 * when there is no relationship by descent). Its counterpart over a graph already in memory is
 * graph-shortest-path.ts.
 */
import type { ItemId } from '../ids.js';
import type { FetchedPeople } from './fetched-people.js';
import { pathMessage } from './messages.js';

/** The path search follows every link, whichever side states it. */
const EVERY_LINK = { parents: true, children: true, spouses: true } as const;

export interface FetchFamilyPathOptions {
  /** Longest chain of family links looked for. */
  maxPathLength: number;
  /** Stop before fetching more than this many people. */
  maxPeople: number;
  /** Called after each round's fetch. */
  onRound?: (round: number) => void;
}

export interface FetchFamilyPathOutcome {
  /** A shortest chain of family links from A to B (ids), or null. */
  people: ItemId[] | null;
  /** A bound stopped the search: a longer path may exist. */
  cut: boolean;
  message: string | null;
}

class Side {
  readonly previous = new Map<ItemId, ItemId | null>();
  frontier: ItemId[];
  radius = 0;
  constructor(root: ItemId) {
    this.previous.set(root, null);
    this.frontier = [root];
  }

  distance(id: ItemId): number {
    let d = 0;
    for (let at = this.previous.get(id) ?? null; at !== null; at = this.previous.get(at) ?? null) d += 1;
    return d;
  }

  chain(id: ItemId): ItemId[] {
    const chain: ItemId[] = [];
    for (let at: ItemId | null = id; at !== null; at = this.previous.get(at) ?? null) chain.push(at);
    return chain;
  }
}

/**
 * Bidirectional breadth-first search over every family link (parents, children, spouses) from
 * A and B at once. Each round expands the side with the smaller frontier by one link, fetching
 * its unfetched people in one getPeople call; people already fetched are reused. Stops at the
 * first meeting (shortest, since both sides grow a whole level at a time), or when the radii add
 * up to `maxPathLength`, or before exceeding `maxPeople` fetched.
 */
export async function fetchFamilyPath(
  fetched: FetchedPeople,
  a: ItemId,
  b: ItemId,
  options: FetchFamilyPathOptions,
): Promise<FetchFamilyPathOutcome> {
  const sides = [new Side(a), new Side(b)] as const;
  let fetchedHere = 0;
  for (let round = 1; ; round += 1) {
    if (sides[0].radius + sides[1].radius >= options.maxPathLength) {
      return { people: null, cut: true, message: pathMessage(true, options.maxPathLength) };
    }
    const open = sides.filter((side) => side.frontier.length > 0);
    if (open.length < 2) return { people: null, cut: false, message: pathMessage(false, options.maxPathLength) };
    const side = open[0]!.frontier.length <= open[1]!.frontier.length ? open[0]! : open[1]!;
    const other = side === sides[0] ? sides[1] : sides[0];
    const toFetch = side.frontier.filter((id) => !fetched.isKnown(id));
    if (fetchedHere + toFetch.length > options.maxPeople) {
      return {
        people: null,
        cut: true,
        message: `no family path found before the cap of ${options.maxPeople} people to fetch`,
      };
    }
    fetchedHere += await fetched.fetch(toFetch, EVERY_LINK);
    // Relatives stated only on their own side were found by the reverse lookups: fetch them to
    // read which of these people they are linked to (one more round, only when there are some).
    if (fetched.hasCandidates) fetchedHere += await fetched.fetch([]);
    options.onRound?.(round);
    const next: ItemId[] = [];
    let meeting: { id: ItemId; length: number } | null = null;
    for (const id of side.frontier) {
      for (const relative of fetched.relatives(id)) {
        if (side.previous.has(relative)) continue;
        side.previous.set(relative, id);
        next.push(relative);
        if (other.previous.has(relative)) {
          const length = side.radius + 1 + other.distance(relative);
          if (!meeting || length < meeting.length) meeting = { id: relative, length };
        }
      }
    }
    side.frontier = next;
    side.radius += 1;
    if (meeting) {
      const fromA = sides[0].chain(meeting.id).reverse();
      const toB = sides[1].chain(meeting.id).slice(1);
      return { people: [...fromA, ...toB], cut: false, message: null };
    }
  }
}
