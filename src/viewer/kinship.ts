/**
 * How two people are related, computed in the page on the graph it holds, with the same code
 * and the same names as `wdkin kinship`. A kinship file carries the CLI's own answer for its
 * two people (computed on everything fetched, not only the paths in the file): that one is used
 * for that pair. Pure.
 */
import { relate } from '../kinship/relate.js';
import type { FamilyGraph } from '../graph/types.js';
import type { ItemId } from '../ids.js';
import { kinshipView, type KinshipView } from '../export/kinship-view.js';
import type { ViewGraph } from './graph.js';

export interface KinshipAnswer {
  view: KinshipView;
  /** Computed in the page (true) or written by `wdkin kinship` (false). */
  inPage: boolean;
}

export function kinshipBetween(graph: ViewGraph, a: string, b: string, embedded: KinshipView | null): KinshipAnswer {
  if (embedded && embedded.a === a && embedded.b === b) return { view: embedded, inPage: false };
  const result = relate(graph as unknown as FamilyGraph, a as ItemId, b as ItemId);
  return { view: kinshipView(result), inPage: true };
}
