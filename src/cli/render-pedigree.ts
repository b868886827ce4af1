/** Renders a pedigree-collapse report: a table per generation, or one JSON object. Pure. */
import type { ItemId } from '../ids.js';
import type { PedigreeSearchResult } from '../kinship/find-pedigree.js';
import { formatNumber } from './render-kinship.js';

const HEADER = ['generation', 'possible', 'known', 'distinct', 'coverage', 'implex', 'implex so far', 'F within'];

function percent(x: number): string {
  return `${Number((x * 100).toFixed(1))}%`;
}

function labeller(result: PedigreeSearchResult): (id: ItemId) => string {
  return (id) => (result.graph.hasNode(id) ? result.graph.getNodeAttribute(id, 'label') : id);
}

/** The readable report: one row per generation, F, the most repeated ancestors, notes. */
export function renderPedigreeText(result: PedigreeSearchResult, seconds: number): string[] {
  const label = labeller(result);
  const rows = result.rows.map((row) => [
    String(row.generation),
    String(row.possible),
    String(row.known),
    String(row.distinct),
    percent(row.coverage),
    percent(row.implex),
    percent(row.cumulativeImplex),
    formatNumber(row.inbreeding),
  ]);
  const widths = HEADER.map((head, i) => Math.max(head.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  const lines = [
    `Pedigree of ${label(result.root)} (${result.root}) within ${result.generations} generations: ${result.ancestors} different ancestors`,
    line(HEADER),
    ...rows.map(line),
    `Inbreeding coefficient F within ${result.generations} generations: ${formatNumber(result.inbreeding)}`,
  ];
  if (result.repeated.length > 0) {
    lines.push('Most repeated ancestors (places in the tree):');
    for (const ancestor of result.repeated) {
      const generations = ancestor.generations.join(', ');
      lines.push(`  ${label(ancestor.id)} (${ancestor.id}): ${ancestor.places} places, generations ${generations}`);
    }
  } else {
    lines.push('No ancestor appears more than once within these generations.');
  }
  for (const message of result.messages) lines.push(`Note: ${message}`);
  lines.push(`${result.fetched} people fetched, ${result.requests} requests in ${result.rounds} rounds, ${seconds} s`);
  return lines;
}

/** One JSON object: the report, what it cost, and labels for every id mentioned. */
export function pedigreeJson(result: PedigreeSearchResult, seconds: number): Record<string, unknown> {
  const label = labeller(result);
  const ids = [result.root, ...result.repeated.map((r) => r.id)];
  return {
    root: result.root,
    generations: result.generations,
    ancestors: result.ancestors,
    inbreeding: result.inbreeding,
    rows: result.rows,
    repeated: result.repeated,
    cut: result.cut,
    messages: result.messages,
    fetched: result.fetched,
    requests: result.requests,
    rounds: result.rounds,
    failed: result.failed,
    labels: Object.fromEntries(ids.map((id) => [id, label(id)])),
    seconds,
  };
}
