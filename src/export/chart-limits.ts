/** Size limits of the drawings: the SVG export and the kinship relationship chart. */
import { UsageError } from '../errors.js';

/** Above this many people the SVG export is refused (measured in bench/README.md). */
export const MAX_SVG_PEOPLE = 5000;

/** Refuses an SVG of more than MAX_SVG_PEOPLE: checked before any network work or rendering. */
export function checkSvgSize(people: number): void {
  if (people > MAX_SVG_PEOPLE) {
    throw new UsageError(
      'GRAPH_TOO_LARGE',
      `SVG is limited to ${MAX_SVG_PEOPLE} people (Graphviz gets very slow and the drawing unreadable); this graph has ${people}: write .gexf (Gephi) or .dot instead`,
    );
  }
}

/** How many relationships a kinship chart (`wdkin kinship A B --out x.svg`) draws: by default, and at most. */
export const DEFAULT_CHART_MAX = 3;
export const MAX_CHART_MAX = 50;
