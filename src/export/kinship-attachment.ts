/**
 * How a kinship answer reaches the HTML writer: `wdkin kinship A B --out x.html` attaches the
 * answer to the subgraph it writes, and the HTML writer embeds it (the page then opens on the
 * relationship, its paths highlighted). Other formats ignore it. Kept beside the graph object
 * (not in its attributes), so the JSON and GraphML writers and saved graphs are unchanged.
 */
import type { FamilyGraph } from '../graph/types.js';
import type { KinshipResult } from '../kinship/types.js';
import { kinshipView, type KinshipView } from './kinship-view.js';

const attached = new WeakMap<FamilyGraph, KinshipView>();

/** Attaches `result` (how `result.b` is related to `result.a`) to `graph`; returns `graph`. */
export function attachKinship<G extends FamilyGraph>(graph: G, result: KinshipResult): G {
  attached.set(graph, kinshipView(result));
  return graph;
}

/** The kinship answer attached to `graph`, if any. */
export function attachedKinship(graph: FamilyGraph): KinshipView | null {
  return attached.get(graph) ?? null;
}
