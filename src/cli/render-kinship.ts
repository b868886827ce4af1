/** Renders a kinship answer: readable lines, or one JSON object. Pure. */
import type { ItemId } from '../ids.js';
import { isByDescent } from '../kinship/order.js';
import type { KinshipSearchResult } from '../kinship/search.js';
import type { Relationship } from '../kinship/types.js';

/** Relationships by descent shown in the text answer; --json lists them all. */
export const TEXT_LIMIT = 20;

export interface RenderExtras {
  outputs: Array<{ path: string; format: string; bytes: number }>;
  seconds: number;
}

type Result = KinshipSearchResult;

function labeller(result: Result): (id: ItemId) => string {
  return (id) => (result.graph.hasNode(id) ? result.graph.getNodeAttribute(id, 'label') : id);
}

/** The readable answer, closest relationship first. */
export function renderKinshipText(result: Result, extras: RenderExtras): string[] {
  const label = labeller(result);
  const named = (id: ItemId) => `${label(id)} (${id})`;
  const lines: string[] = [];
  const descent = result.relationships.filter(isByDescent);
  const others = result.relationships.filter((r) => !isByDescent(r));
  if (result.relationships.length > 0) lines.push(`${named(result.b)} is ${named(result.a)}'s`);
  let previous: Relationship | null = null;
  for (const r of [...descent.slice(0, TEXT_LIMIT), ...others]) {
    lines.push(...relationshipLines(r, result, label, named, previous));
    previous = r;
  }
  if (descent.length > TEXT_LIMIT)
    lines.push(`  ... and ${descent.length - TEXT_LIMIT} more distant relationships (--json lists them all)`);
  if (result.relationships.length === 0) lines.push(`${named(result.b)} and ${named(result.a)}: no relationship found`);
  if (result.shortestPath) {
    const steps = result.shortestPath.steps
      .map((s) => ` -${s.name}${s.nonBirth ? ' (non-birth)' : ''}-> ${label(s.to)}`)
      .join('');
    const count = result.shortestPath.steps.length;
    lines.push(`Shortest family path (${count} ${count === 1 ? 'link' : 'links'}): ${label(result.a)}${steps}`);
  }
  lines.push(`Coefficient of relationship: ${formatCoefficient(result.coefficient)}`);
  for (const message of result.messages) lines.push(`Note: ${message}`);
  lines.push(
    `${result.fetched} people fetched, ${result.requests} requests in ${result.rounds} rounds, ${extras.seconds} s`,
  );
  for (const output of extras.outputs) lines.push(`Wrote ${output.path} (${output.format}, ${output.bytes} bytes)`);
  return lines;
}

/**
 * One relationship: its name, its common ancestors with both generation counts, and both lines.
 * Another route of the same relationship (a double cousin's second line) repeats only the lines.
 */
function relationshipLines(
  r: Relationship,
  result: Result,
  label: (id: ItemId) => string,
  named: (id: ItemId) => string,
  previous: Relationship | null,
): string[] {
  if (r.kind === 'spouse') return [`  ${r.name}`];
  const lineA = `    ${r.paths.a.map(label).join(' > ')}`;
  const lineB = `    ${r.paths.b.map(label).join(' > ')}`;
  const nonBirth =
    r.nonBirthLinks.length > 0
      ? [
          `    non-birth links: ${r.nonBirthLinks.map((l) => `${label(l.child)} -> ${label(l.parent)} (${l.kinshipType.join(', ')})`).join('; ')}`,
        ]
      : [];
  if (previous && sameHeading(previous, r)) {
    const repeatsA = previous.paths.a.join() === r.paths.a.join();
    return [`    or:`, ...(repeatsA ? [] : [lineA]), lineB, ...nonBirth];
  }
  const via = r.via ? ` (${r.neutralName}, through ${named(r.via)})` : '';
  // an in-law's generations count from the spouse the marriage goes through
  const first = r.via !== null && r.paths.a[1] === r.via ? r.via : result.a;
  const second = r.via !== null && r.paths.b[1] === r.via ? r.via : result.b;
  const counts = [
    r.generationsA > 0
      ? `${r.generationsA} ${r.generationsA === 1 ? 'generation' : 'generations'} up from ${label(first)}`
      : null,
    r.generationsB > 0 ? `${r.generationsB} from ${label(second)}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const ancestors = r.commonAncestors.map(named).join(' & ');
  return [
    `  ${r.name}${via}`,
    `    common ${r.commonAncestors.length === 1 ? 'ancestor' : 'ancestors'}: ${ancestors}, ${counts}`,
    ...(r.generationsA > 0 ? [lineA] : []),
    ...(r.generationsB > 0 ? [lineB] : []),
    ...nonBirth,
  ];
}

function sameHeading(x: Relationship, y: Relationship): boolean {
  return (
    x.name === y.name && x.kind === y.kind && x.via === y.via && x.commonAncestors.join() === y.commonAncestors.join()
  );
}

function formatCoefficient(r: number): string {
  if (r === 0) return '0';
  return `${Number(r.toPrecision(4))} (${Number((r * 100).toPrecision(3))}%)`;
}

/** One JSON object: the answer, what it cost, and labels for every id mentioned. */
export function kinshipJson(result: Result, extras: RenderExtras): Record<string, unknown> {
  const label = labeller(result);
  const ids = new Set<ItemId>([result.a, result.b]);
  for (const r of result.relationships)
    for (const id of [...r.commonAncestors, ...r.paths.a, ...r.paths.b]) ids.add(id);
  for (const id of result.shortestPath?.people ?? []) ids.add(id);
  return {
    a: result.a,
    b: result.b,
    relationships: result.relationships.map((r) => ({
      name: r.name,
      neutralName: r.neutralName,
      kind: r.kind,
      half: r.half,
      multiplicity: r.multiplicity,
      generationsA: r.generationsA,
      generationsB: r.generationsB,
      cousin: r.cousin,
      commonAncestors: r.commonAncestors,
      paths: r.paths,
      via: r.via,
      nonBirthLinks: r.nonBirthLinks,
    })),
    coefficient: result.coefficient,
    shortestPath: result.shortestPath,
    fetched: result.fetched,
    requests: result.requests,
    rounds: result.rounds,
    generationsSearched: result.generationsSearched,
    maxGenerations: result.maxGenerations,
    proven: result.proven,
    limitReached: result.limitReached,
    messages: result.messages,
    failed: result.failed,
    labels: Object.fromEntries([...ids].map((id) => [id, label(id)])),
    outputs: extras.outputs,
    seconds: extras.seconds,
  };
}
