/** Renders a kinship answer: readable lines (grouped by the degree summary), or one JSON object. Pure. */
import type { ItemId } from '../ids.js';
import { DEFAULT_SHOWN_RELATIONSHIPS } from '../kinship/bounds.js';
import { degreeKey } from '../kinship/degrees.js';
import type { KinshipSearchResult } from '../kinship/find-kinship.js';
import { isByDescent } from '../kinship/order.js';
import type { DegreeSummary, Relationship } from '../kinship/types.js';

/** Lines of each side printed per relationship in the text answer (--json lists up to 8). */
export const TEXT_PATHS = 2;

export interface RenderExtras {
  outputs: Array<{ path: string; format: string; bytes: number }>;
  seconds: number;
  /** Relationships by descent shown in the text (default 10). */
  shown?: number;
}

type Result = KinshipSearchResult;
type Label = (id: ItemId) => string;

function labeller(result: Result): Label {
  return (id) => (result.graph.hasNode(id) ? result.graph.getNodeAttribute(id, 'label') : id);
}

/** The readable answer: the closest relationships by degree, spouse and in-laws, the four numbers, notes. */
export function renderKinshipText(result: Result, extras: RenderExtras): string[] {
  const label = labeller(result);
  const named = (id: ItemId) => `${label(id)} (${id})`;
  const lines: string[] = [];
  const descent = result.relationships.filter(isByDescent);
  const others = result.relationships.filter((r) => !isByDescent(r));
  const shown = descent.slice(0, extras.shown ?? DEFAULT_SHOWN_RELATIONSHIPS);
  if (result.relationships.length > 0) lines.push(`${named(result.b)} is ${named(result.a)}'s`);
  for (const degree of result.degrees) {
    const members = shown.filter((r) => degreeKey(r) === degreeKey(degree));
    if (members.length === 0) continue;
    lines.push(`  ${degree.label}`);
    for (const r of members) lines.push(...relationshipLines(r, result, label, named));
  }
  const hidden = descent.length - shown.length + result.moreRelationships;
  if (hidden > 0) {
    const shownDegrees = new Set(shown.map(degreeKey));
    const more = result.degrees.filter((d) => !shownDegrees.has(degreeKey(d))).length;
    lines.push(
      `  ... and ${hidden} more ${hidden === 1 ? 'relationship' : 'relationships'} by descent` +
        `${more > 0 ? ` in ${more} more ${more === 1 ? 'degree' : 'degrees'}` : ''}` +
        ` (--max-relationships N shows more; --json lists them)`,
    );
  }
  for (const r of others) {
    if (r.kind === 'spouse') lines.push(`  ${r.name}`);
    else
      lines.push(
        `  ${r.name} (${r.neutralName}, through ${named(r.via!)})`,
        ...relationshipLines(r, result, label, named),
      );
  }
  if (result.relationships.length === 0) lines.push(`${named(result.b)} and ${named(result.a)}: no relationship found`);
  if (result.shortestPath) {
    const steps = result.shortestPath.steps
      .map((s) => ` -${s.name}${s.nonBirth ? ' (non-birth)' : ''}-> ${label(s.to)}`)
      .join('');
    const count = result.shortestPath.steps.length;
    lines.push(`Shortest family path (${count} ${count === 1 ? 'link' : 'links'}): ${label(result.a)}${steps}`);
  }
  lines.push(...numberLines(result, label));
  for (const message of result.messages) lines.push(`Note: ${message}`);
  lines.push(
    `${result.fetched} people fetched, ${result.requests} requests in ${result.rounds} rounds, ${extras.seconds} s`,
  );
  for (const output of extras.outputs) lines.push(`Wrote ${output.path} (${output.format}, ${output.bytes} bytes)`);
  return lines;
}

/** The four numbers of kinship.md, and what they cover. */
function numberLines(result: Result, label: Label): string[] {
  const { pedigree } = result;
  const pairs = `${pedigree.linePairs} ${pedigree.linePairs === 1 ? 'pair' : 'pairs'} of lines`;
  return [
    `Path sum Σ(1/2)^(Ga+Gb): ${formatNumber(result.pathSum)} (${pairs}${pedigree.allLines ? '' : ' at least'})`,
    `Kinship coefficient φ: ${formatNumber(result.kinship)}`,
    `Inbreeding coefficient F: ${label(result.a)} ${formatNumber(result.inbreeding.a)}, ${label(result.b)} ${formatNumber(result.inbreeding.b)}`,
    `Coefficient of relationship r (Wright): ${formatPercent(result.coefficient)}`,
    `These cover the ancestors within ${pedigree.generations} ${pedigree.generations === 1 ? 'generation' : 'generations'} of either person (${pedigree.people} people).`,
  ];
}

/** One relationship: its common ancestors with both generation counts, and its lines. */
function relationshipLines(r: Relationship, result: Result, label: Label, named: (id: ItemId) => string): string[] {
  // an in-law's generations count from the spouse the marriage goes through
  const first = r.via !== null && r.paths.a[0]?.[1] === r.via ? r.via : result.a;
  const second = r.via !== null && r.paths.b[0]?.[1] === r.via ? r.via : result.b;
  const generations = (n: number) => `${n} ${n === 1 ? 'generation' : 'generations'} up`;
  const counts = [
    r.generationsA > 0 ? `${generations(r.generationsA)} from ${label(first)}` : null,
    r.generationsB > 0
      ? `${r.generationsA > 0 ? r.generationsB : generations(r.generationsB)} from ${label(second)}`
      : null,
  ]
    .filter(Boolean)
    .join(', ');
  const ancestors = r.commonAncestors.map(named).join(' & ');
  const lines = [`    common ${r.commonAncestors.length === 1 ? 'ancestor' : 'ancestors'}: ${ancestors}, ${counts}`];
  if (r.half === null) {
    const children = r.otherParentUnrecorded.map(label).join(', ');
    lines.push(`    one common ancestor known; the other parent is not recorded (for ${children})`);
  }
  const side = (paths: ItemId[][], generations: number) =>
    generations > 0 ? paths.slice(0, TEXT_PATHS).map((path) => `    ${path.map(label).join(' > ')}`) : [];
  lines.push(...side(r.paths.a, r.generationsA), ...side(r.paths.b, r.generationsB));
  const listed = Math.min(r.paths.a.length, TEXT_PATHS) * Math.min(r.paths.b.length, TEXT_PATHS);
  if (r.lines > listed) lines.push(`    ... ${r.lines} pairs of lines in all (--json lists more)`);
  if (r.nonBirthLinks.length > 0) {
    const links = r.nonBirthLinks.map((l) => `${label(l.child)} -> ${label(l.parent)} (${l.kinshipType.join(', ')})`);
    lines.push(`    non-birth links: ${links.join('; ')}`);
  }
  return lines;
}

/** 4 significant digits; 0 as 0. */
export function formatNumber(x: number): string {
  return x === 0 ? '0' : String(Number(x.toPrecision(4)));
}

function formatPercent(x: number): string {
  return x === 0 ? '0' : `${formatNumber(x)} (${Number((x * 100).toPrecision(3))}%)`;
}

/** One JSON object: the answer, what it cost, and labels for every id mentioned. */
export function kinshipJson(result: Result, extras: RenderExtras): Record<string, unknown> {
  const label = labeller(result);
  const ids = new Set<ItemId>([result.a, result.b]);
  for (const r of result.relationships) {
    for (const id of r.commonAncestors) ids.add(id);
    for (const path of [...r.paths.a, ...r.paths.b]) for (const id of path) ids.add(id);
  }
  for (const id of result.shortestPath?.people ?? []) ids.add(id);
  return {
    a: result.a,
    b: result.b,
    relationships: result.relationships.map(relationshipJson),
    moreRelationships: result.moreRelationships,
    degrees: result.degrees.map((d: DegreeSummary) => ({ ...d })),
    pathSum: result.pathSum,
    kinship: result.kinship,
    inbreeding: result.inbreeding,
    coefficient: result.coefficient,
    pedigree: result.pedigree,
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

function relationshipJson(r: Relationship): Record<string, unknown> {
  return {
    name: r.name,
    neutralName: r.neutralName,
    kind: r.kind,
    half: r.half,
    otherParentUnrecorded: r.otherParentUnrecorded,
    generationsA: r.generationsA,
    generationsB: r.generationsB,
    cousin: r.cousin,
    commonAncestors: r.commonAncestors,
    lines: r.lines,
    paths: r.paths,
    allPaths: r.allPaths,
    via: r.via,
    nonBirthLinks: r.nonBirthLinks,
  };
}
