/**
 * How people and links are drawn in the viewer: colour by sex (the palette the GEXF and GraphML
 * exports use), a ring for seeds and for highlighted people, size by descendants, links
 * coloured by relation. Pure.
 */
import { EDGE_COLOR, HIGHLIGHT_COLOR, SEED_COLOR, SEX_COLOR } from '../export/style.js';
import type { EdgeRelation } from '../graph/types.js';
import type { Sex } from '../person/types.js';

export { EDGE_COLOR, HIGHLIGHT_COLOR, SEED_COLOR, SEX_COLOR };

/** Parent links that are not plain birth links (adoptive, step...). */
export const NON_BIRTH_COLOR = '#b08bd6';
export const FADED_NODE_COLOR = '#e3e3e8';
export const FADED_EDGE_COLOR = '#ececf0';
export const SELECTED_RING_COLOR = '#111111';
export const PATH_EDGE_COLOR = HIGHLIGHT_COLOR;

/**
 * Radius on screen when the whole graph is in view: 2 pixels for a person without descendants,
 * growing with the log of their descendants; smaller in big graphs, where people sit closer.
 */
export function personSize(descendants: number, seed: boolean, people: number): number {
  const scale = Math.min(1, Math.max(0.4, Math.sqrt(2000 / Math.max(1, people))));
  return (2 + 0.8 * Math.log2(1 + Math.max(0, descendants)) + (seed ? 1 : 0)) * scale;
}

export function personColor(sex: Sex): string {
  return SEX_COLOR[sex] ?? SEX_COLOR.unknown;
}

/** The ring marking seeds and highlighted people (highlight wins), or null. */
export function ringColor(seed: boolean, highlighted: boolean): string | null {
  if (highlighted) return HIGHLIGHT_COLOR;
  if (seed) return SEED_COLOR;
  return null;
}

export function linkColor(relation: EdgeRelation, nonBirth: boolean): string {
  return nonBirth ? NON_BIRTH_COLOR : EDGE_COLOR[relation];
}
