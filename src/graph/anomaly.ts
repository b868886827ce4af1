import type { ItemId } from '../ids.js';

/** Something odd in the data, reported rather than crashed on or silently dropped. */
export type AnomalyKind =
  | 'several-fathers'
  | 'several-mothers'
  | 'unknown-parent'
  | 'deprecated-statement'
  | 'self-link'
  | 'conflicting-parent-role'
  | 'ancestry-cycle'
  | 'missing-entity'
  | 'redirect'
  | 'not-a-person'
  | 'fetch-failed'
  | 'bad-snapshot-line'
  | 'huge-label'
  | 'unreadable-cache-row'
  | 'reverse-lookup-failed'
  | 'stale-reverse-link'
  | 'one-sided-link'
  /** A parent link drawn across more than one generation row (see graph/generations.ts). */
  | 'generation-conflict';

export interface Anomaly {
  kind: AnomalyKind;
  id: ItemId | null;
  detail: string;
}

/** Counts anomalies by kind, for summaries. */
export function countAnomalies(anomalies: readonly Anomaly[]): Partial<Record<AnomalyKind, number>> {
  const counts: Partial<Record<AnomalyKind, number>> = {};
  for (const anomaly of anomalies) counts[anomaly.kind] = (counts[anomaly.kind] ?? 0) + 1;
  return counts;
}
