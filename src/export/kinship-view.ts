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
  /** True: half (proven: both other parents recorded and different); false: full; null: not known. */
  half: boolean | null;
  /** With `half` null: the children of the common ancestor whose other parent is not recorded. */
  otherParentUnrecorded: string[];
  /** Pairs of lines reaching the common ancestors (pedigree collapse gives more than one). */
  lines: number;
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

/** One degree of relationship as the CLI's summary says it: "double first cousin", "... in 74 ways". */
export interface DegreeView {
  name: string;
  kind: string;
  generationsA: number;
  generationsB: number;
  couples: number;
  lines: number;
  label: string;
}

export interface KinshipView {
  a: string;
  b: string;
  /** Closest first, as the CLI lists them. */
  relationships: RelationshipView[];
  /** Every degree of relationship by descent, closest first (the CLI's summary headings). */
  degrees: DegreeView[];
  /** Relationships by descent left out of `relationships`. */
  moreRelationships: number;
  /** The four numbers of kinship.md: path sum, kinship φ, inbreeding F of A and B, Wright's r. */
  pathSum: number;
  kinship: number;
  inbreeding: { a: number; b: number };
  /** Wright's coefficient of relationship. */
  coefficient: number;
  /** Generations of ancestors the relationships and numbers cover, and how many people that is. */
  pedigree: { generations: number; people: number };
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
    degrees: result.degrees.map((d) => ({ ...d })),
    moreRelationships: result.moreRelationships,
    pathSum: result.pathSum,
    kinship: result.kinship,
    inbreeding: { ...result.inbreeding },
    coefficient: result.coefficient,
    pedigree: { generations: result.pedigree.generations, people: result.pedigree.people },
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
    otherParentUnrecorded: [...r.otherParentUnrecorded],
    lines: r.lines,
    generationsA: r.generationsA,
    generationsB: r.generationsB,
    commonAncestors: [...r.commonAncestors],
    paths: { a: pathList(r.paths.a), b: pathList(r.paths.b) },
    via: r.via,
    nonBirthLinks: r.nonBirthLinks.map((l) => ({ parent: l.parent, child: l.child, kinshipType: [...l.kinshipType] })),
  };
}

function pathList(paths: readonly (readonly string[])[]): string[][] {
  return paths.map((p) => [...p]);
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
