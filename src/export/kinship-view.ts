/**
 * The one place that reads a kinship result for the HTML viewer. Both the HTML writer (a result
 * of `findKinship`, from `wdkin kinship A B --out x.html`) and the page itself (a result of
 * `relate` on the graph it holds) turn a `KinshipResult` into this plain, JSON-safe view, so a
 * change in the result's shape is mended here and nowhere else.
 * Pure, no Node or DOM: it is bundled into the page too.
 */
import type { KinshipResult, Relationship } from '../kinship/types.js';

export interface RelationshipView {
  /** B relative to A, as the CLI names it: "third cousin", "husband", "sister-in-law". */
  name: string;
  neutralName: string;
  kind: string;
  /** True: half (one common ancestor of a couple); false: full; null: not known. */
  half: boolean | null;
  multiplicity: number;
  generationsA: number;
  generationsB: number;
  commonAncestors: string[];
  /** Every line from A (and from B) up to a common ancestor, each A ... ancestor. */
  paths: { a: string[][]; b: string[][] };
  /** The spouse or relative an in-law or step relationship goes through. */
  via: string | null;
  /** Parent links on the paths that are not plain birth links. */
  nonBirthLinks: Array<{ parent: string; child: string; kinshipType: string[] }>;
}

export interface PathStepView {
  from: string;
  to: string;
  /** "father", "wife", "son"...: `to` is `from`'s ... */
  name: string;
  nonBirth: boolean;
}

export interface KinshipView {
  a: string;
  b: string;
  /** Closest first, as the CLI lists them. */
  relationships: RelationshipView[];
  /** Wright's coefficient of relationship. */
  coefficient: number;
  /** The shortest chain of family links, when there is no relationship by descent. */
  shortestPath: { people: string[]; steps: PathStepView[] } | null;
  maxGenerations: number;
  limitReached: boolean;
  messages: string[];
}

export function kinshipView(result: KinshipResult): KinshipView {
  return {
    a: result.a,
    b: result.b,
    relationships: result.relationships.map(relationshipView),
    coefficient: result.coefficient,
    shortestPath: result.shortestPath
      ? {
          people: [...result.shortestPath.people],
          steps: result.shortestPath.steps.map((s) => ({ from: s.from, to: s.to, name: s.name, nonBirth: s.nonBirth })),
        }
      : null,
    maxGenerations: result.maxGenerations,
    limitReached: result.limitReached,
    messages: [...result.messages],
  };
}

function relationshipView(r: Relationship): RelationshipView {
  return {
    name: r.name,
    neutralName: r.neutralName,
    kind: r.kind,
    half: r.half,
    multiplicity: r.multiplicity,
    generationsA: r.generationsA,
    generationsB: r.generationsB,
    commonAncestors: [...r.commonAncestors],
    paths: { a: pathList(r.paths.a), b: pathList(r.paths.b) },
    via: r.via,
    nonBirthLinks: r.nonBirthLinks.map((l) => ({ parent: l.parent, child: l.child, kinshipType: [...l.kinshipType] })),
  };
}

/** One path today; a list of paths once `paths.{a,b}` become `ItemId[][]`. */
function pathList(path: readonly string[] | readonly (readonly string[])[]): string[][] {
  if (path.length === 0) return [];
  return typeof path[0] === 'string' ? [[...(path as readonly string[])]] : (path as string[][]).map((p) => [...p]);
}

/** Every person on a path of the view, A and B included (what the page highlights). */
export function peopleOnPaths(view: KinshipView): Set<string> {
  const people = new Set<string>([view.a, view.b]);
  for (const r of view.relationships) {
    for (const path of [...r.paths.a, ...r.paths.b]) for (const id of path) people.add(id);
    for (const id of r.commonAncestors) people.add(id);
    if (r.via) people.add(r.via);
  }
  for (const id of view.shortestPath?.people ?? []) people.add(id);
  return people;
}

/** Consecutive pairs along every path (unordered), to highlight the links between them. */
export function stepsOnPaths(view: KinshipView): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const chain = (path: readonly string[]) => {
    for (let i = 1; i < path.length; i += 1) pairs.push([path[i - 1]!, path[i]!]);
  };
  for (const r of view.relationships) {
    for (const path of [...r.paths.a, ...r.paths.b]) {
      chain(path);
      // the path ends at the first common ancestor; its co-ancestors hang from the same child
      const child = path.length >= 2 ? path[path.length - 2]! : null;
      if (child) for (const ancestor of r.commonAncestors) pairs.push([child, ancestor]);
    }
    if (r.commonAncestors.length === 2) pairs.push([r.commonAncestors[0]!, r.commonAncestors[1]!]);
    if (r.kind === 'spouse') pairs.push([view.a, view.b]);
  }
  if (view.shortestPath) chain(view.shortestPath.people);
  return pairs;
}
