/**
 * A graph's completeness, written into every format's metadata so a file says whether some
 * people could not be fetched (and so a partial file is never mistaken for a complete one).
 */
import type { FamilyGraph } from '../graph/types.js';

/** The text every format carries (in a comment, a note or its metadata) when the graph is partial. */
export const PARTIAL_MARKER = 'wdkin-status: partial';

export function isPartial(graph: FamilyGraph): boolean {
  return graph.getAttribute('status') === 'partial';
}

/** One line for a format's comment or note: `wdkin-status: partial (12 people could not be fetched)`. */
export function statusNote(graph: FamilyGraph): string | null {
  if (!isPartial(graph)) return null;
  const failed = graph.getAttribute('failed') ?? 0;
  return `${PARTIAL_MARKER} (${failed} ${failed === 1 ? 'person' : 'people'} could not be fetched; run the crawl again with --resume)`;
}
