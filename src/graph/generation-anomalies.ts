/**
 * What the generation rows could not make right, as anomalies for the crawl report: parent
 * links ignored because they close a cycle, and parent links drawn across more than one row.
 */
import type { ItemId } from '../ids.js';
import type { Anomaly } from './anomaly.js';
import type { Generations } from './generations.js';
import type { FamilyGraph } from './types.js';

export function generationAnomalies(graph: FamilyGraph, generations: Generations): Anomaly[] {
  const name = (key: string) => `${graph.getNodeAttribute(key, 'label')} (${key})`;
  const anomalies: Anomaly[] = [];
  for (const edge of generations.ignoredEdges) {
    const [parent, child] = graph.extremities(edge);
    anomalies.push({
      kind: 'ancestry-cycle',
      id: child as ItemId,
      detail: `the link from ${name(parent)} to their child ${name(child)} closes a cycle of descent; ignored for the generation rows`,
    });
  }
  for (const link of generations.stretched) {
    anomalies.push({
      kind: 'generation-conflict',
      id: link.child as ItemId,
      detail: `${name(link.child)} is drawn ${link.rows} rows below their parent ${name(link.parent)}: their own family sits lower (a marriage across generations)`,
    });
  }
  return anomalies;
}
