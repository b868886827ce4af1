/** Colours and sizes shared by every drawing format, so GEXF, GraphML and DOT agree. */
import type { Sex } from '../person/types.js';
import type { EdgeRelation } from '../graph/types.js';

/** Strong colours for GEXF / GraphML nodes. */
export const SEX_COLOR: Record<Sex, string> = {
  male: '#3b7dd8',
  female: '#d6457a',
  other: '#8e5cc4',
  unknown: '#9a9a9a',
};

/** Light fills for DOT boxes (dark text stays readable). */
export const SEX_FILL: Record<Sex, string> = {
  male: '#d6e6fa',
  female: '#fadbe6',
  other: '#e6dcf5',
  unknown: '#ececec',
};

export const SEED_COLOR = '#f2a900';
export const HIGHLIGHT_COLOR = '#ff4500';

export const EDGE_COLOR: Record<EdgeRelation, string> = {
  father: '#7fa7df',
  mother: '#df8fae',
  parent: '#aaaaaa',
  spouse: '#666666',
};

export interface NodeLook {
  seed: boolean;
  sex: Sex;
  highlight: boolean;
}

export function nodeColor(look: NodeLook): string {
  if (look.highlight) return HIGHLIGHT_COLOR;
  if (look.seed) return SEED_COLOR;
  return SEX_COLOR[look.sex];
}

/** Node size from the number of descendants in the graph (log scale), seeds a little larger. */
export function nodeSize(descendants: number, seed: boolean): number {
  return Math.round((6 + 4 * Math.log2(1 + descendants) + (seed ? 6 : 0)) * 100) / 100;
}

/** `#rrggbb` as three 0-255 channels (GEXF `viz:color` r/g/b, GraphML r/g/b). */
export function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
