/**
 * Cutting a wide family drawing into panels stacked one under the other, so that a wide crawl
 * keeps a screen-like shape instead of a 16:1 strip. The rows around the first seed that fit
 * the target width stay together in one panel (for a crawl around Queen Victoria: her
 * ancestors, her parents' siblings, her children and their spouses); the wider rows below it
 * (grandchildren, great-grandchildren) and above it (a pedigree's widening top) are cut into
 * branches: below, everyone goes with their parent (or, married in, with their partner), so a
 * branch is one grandchild's family; above, everyone goes with their child. Branches are packed
 * left to right into panels no wider than the target; a branch wider than that is cut in x where
 * fewest family links cross. Links that cross from one panel to another are drawn as references
 * ("↑ Edward VII & Alexandra (panel A)") by the DOT writer. Pure: positions in, panels out.
 */

export interface PanelPerson {
  key: string;
  row: number;
  /** Position in the generational layout (left to right). */
  x: number;
  /** Drawn width in inches, gap included. */
  width: number;
}

export interface PanelInput {
  people: readonly PanelPerson[];
  /** Parents of each person (in the graph). */
  parents: ReadonlyMap<string, readonly string[]>;
  /** Children of each person. */
  children: ReadonlyMap<string, readonly string[]>;
  /** Partners (co-parents, spouses) of each person. */
  partners: ReadonlyMap<string, readonly string[]>;
  /** Widest a panel may be, in inches. */
  maxWidth: number;
  /** The row the kept-together band grows from (the first seed's). */
  centre?: number;
}

export interface Panel {
  keys: string[];
  /** Above the band (ancestors), the band itself, or below it (descendants). */
  side: 'above' | 'band' | 'below';
}

/**
 * Panels in drawing order (branches above the band, the band, branches below it); a single
 * panel when every row fits.
 */
export function splitIntoPanels(input: PanelInput): Panel[] {
  if (input.people.length === 0) return [];
  const widths = rowWidths(input.people);
  const rows = [...widths.keys()].sort((a, b) => a - b);
  const centre = input.centre !== undefined && widths.has(input.centre) ? input.centre : rows[0]!;
  let top = centre;
  let bottom = centre;
  while (widths.has(top - 1) && widths.get(top - 1)! <= input.maxWidth) top--;
  while (widths.has(bottom + 1) && widths.get(bottom + 1)! <= input.maxWidth) bottom++;
  const band = input.people.filter((p) => p.row >= top && p.row <= bottom).map((p) => p.key);
  const above = input.people.filter((p) => p.row < top);
  const below = input.people.filter((p) => p.row > bottom);
  const side = (name: Panel['side']) => (keys: string[]) => ({ keys, side: name });
  return [
    ...(above.length > 0 ? pack(branches(above, input.children, input.partners, -1), input) : []).map(side('above')),
    { keys: band, side: 'band' },
    ...(below.length > 0 ? pack(branches(below, input.parents, input.partners, 1), input) : []).map(side('below')),
  ];
}

function rowWidths(people: readonly PanelPerson[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const p of people) widths.set(p.row, (widths.get(p.row) ?? 0) + p.width);
  return widths;
}

/**
 * Groups a region into branches, row by row moving away from the band (`step` 1 going down,
 * -1 going up): a person joins the branch of their first relative towards the band (`towards`:
 * parents going down, children going up) inside the region, else of a partner, else starts one.
 */
function branches(
  region: readonly PanelPerson[],
  towards: ReadonlyMap<string, readonly string[]>,
  partners: ReadonlyMap<string, readonly string[]>,
  step: 1 | -1,
): PanelPerson[][] {
  const branchOf = new Map<string, number>();
  const groups: PanelPerson[][] = [];
  const byRow = new Map<number, PanelPerson[]>();
  for (const p of region) {
    const row = byRow.get(p.row);
    if (row) row.push(p);
    else byRow.set(p.row, [p]);
  }
  const rows = [...byRow.keys()].sort((a, b) => step * (a - b));
  for (const row of rows) {
    const people = byRow.get(row)!.sort((a, b) => a.x - b.x);
    const byKey = new Map(people.map((p) => [p.key, p]));
    const assign = (p: PanelPerson, branch: number) => {
      branchOf.set(p.key, branch);
      groups[branch]!.push(p);
    };
    // Partners in this row who have no relative towards the band follow the one who has.
    const spread = (start: PanelPerson) => {
      const queue = [start];
      for (let head = 0; head < queue.length; head++) {
        for (const key of partners.get(queue[head]!.key) ?? []) {
          const partner = byKey.get(key);
          if (!partner || branchOf.has(key)) continue;
          assign(partner, branchOf.get(queue[head]!.key)!);
          queue.push(partner);
        }
      }
    };
    const placed: PanelPerson[] = [];
    for (const p of people) {
      const branch = (towards.get(p.key) ?? []).map((r) => branchOf.get(r)).find((b) => b !== undefined);
      if (branch === undefined) continue;
      assign(p, branch);
      placed.push(p);
    }
    for (const p of placed) spread(p);
    for (const p of people) {
      if (branchOf.has(p.key)) continue;
      groups.push([]);
      assign(p, groups.length - 1);
      spread(p);
    }
  }
  const centre = (group: PanelPerson[]) => group.reduce((sum, p) => sum + p.x, 0) / group.length;
  return groups.sort((a, b) => centre(a) - centre(b));
}

/** Packs branches left to right into panels no wider than the target; cuts a branch too wide. */
function pack(groups: PanelPerson[][], input: PanelInput): string[][] {
  const panels: string[][] = [];
  let current: string[] = [];
  let widths = new Map<number, number>();
  for (const group of groups) {
    const own = rowWidths(group);
    let fits = true;
    for (const [row, w] of own) if ((widths.get(row) ?? 0) + w > input.maxWidth) fits = false;
    if (!fits && current.length > 0) {
      panels.push(current);
      current = [];
      widths = new Map();
    }
    if (current.length === 0 && Math.max(0, ...own.values()) > input.maxWidth) {
      for (const strip of cutStrips(group, input)) panels.push(strip);
      continue;
    }
    for (const p of group) current.push(p.key);
    for (const [row, w] of own) widths.set(row, (widths.get(row) ?? 0) + w);
  }
  if (current.length > 0) panels.push(current);
  return panels;
}

/** Vertical strips of at most `maxWidth`, cut where fewest parent and partner links cross. */
function cutStrips(region: readonly PanelPerson[], input: PanelInput): string[][] {
  const people = [...region].sort((a, b) => a.x - b.x);
  const xs = [...new Set(people.map((p) => p.x))];
  const slot = new Map(xs.map((x, i) => [x, i]));
  const xOf = new Map(people.map((p) => [p.key, p.x]));
  const cover = new Array<number>(xs.length + 1).fill(0); // crossings[i]: links over the gap after xs[i]
  for (const p of people) {
    for (const other of [...(input.parents.get(p.key) ?? []), ...(input.partners.get(p.key) ?? [])]) {
      const xo = xOf.get(other);
      if (xo === undefined || xo === p.x) continue;
      cover[slot.get(Math.min(xo, p.x))!]! += 1;
      cover[slot.get(Math.max(xo, p.x))!]! -= 1;
    }
  }
  const crossings: number[] = [];
  let running = 0;
  for (let i = 0; i < xs.length; i++) crossings.push((running += cover[i]!));
  const groups: PanelPerson[][] = xs.map(() => []);
  for (const p of people) groups[slot.get(p.x)!]!.push(p);
  const strips: string[][] = [];
  let start = 0;
  while (start < groups.length) {
    const widths = new Map<number, number>();
    const fill: number[] = []; // widest row after each group
    let end = start;
    for (; end < groups.length; end++) {
      const over = groups[end]!.some((p) => (widths.get(p.row) ?? 0) + p.width > input.maxWidth);
      if (over && end > start) break;
      for (const p of groups[end]!) widths.set(p.row, (widths.get(p.row) ?? 0) + p.width);
      fill.push(Math.max(...widths.values()));
    }
    let cut = end - 1; // cut after group `cut`: fewest crossings among cuts filling half the width
    if (end < groups.length) {
      for (let g = end - 1; g >= start && fill[g - start]! >= input.maxWidth / 2; g--) {
        if (crossings[g]! < crossings[cut]!) cut = g;
      }
    }
    strips.push(groups.slice(start, cut + 1).flatMap((g) => g.map((p) => p.key)));
    start = cut + 1;
  }
  return strips;
}
