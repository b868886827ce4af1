/**
 * Reading a wdkin DOT file back: which rank (row of the drawing) and which left-to-right slot
 * each node has, as the `{ rank=same; ... }` blocks say. With panels, each block holds a spine
 * node `rN` naming its absolute rank; without, blocks come in row order, one rank each.
 */
export interface DotRows {
  /** Node id (unquoted) -> rank. */
  rank: Map<string, number>;
  /** Node id -> position in its row, left to right. */
  slot: Map<string, number>;
  /** Ranks in order, each with its node ids left to right (spine nodes left out). */
  rows: string[][];
}

export function readDotRows(dot: string): DotRows {
  const rank = new Map<string, number>();
  const slot = new Map<string, number>();
  const rows: string[][] = [];
  const blocks = [...dot.matchAll(/\{ rank=same; (.*?); \}/g)].map((m) =>
    m[1]!.split(/; /).map((id) => id.trim().replace(/^"|"$/g, '')),
  );
  blocks.forEach((ids, i) => {
    const spine = ids.find((id) => /^r\d+$/.test(id));
    const r = spine ? Number(spine.slice(1)) : i;
    const row = ids.filter((id) => id !== spine);
    rows[r] = row;
    row.forEach((id, k) => {
      rank.set(id, r);
      slot.set(id, k);
    });
  });
  return { rank, slot, rows };
}

/** Width / height of an SVG from its viewBox. */
export function svgAspect(svg: string): { width: number; height: number; aspect: number } {
  const [, , width, height] = /viewBox="([\d.-]+) ([\d.-]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { width, height, aspect: width / height };
}
