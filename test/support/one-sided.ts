/**
 * A one-sided variant of a family dataset, as Wikidata often has it: for each parent–child link
 * stated on both sides (P40 on the parent, P22/P25 on the child), drop the parent's P40 with
 * probability `dropChildShare`, else the child's P22/P25 with probability `dropParentShare`; never
 * both, so every link stays stated at least once. Links already stated once stay as they are.
 * Pure and seeded: the same entities and seed give the same variant. A link is stated by a
 * non-deprecated statement whose value is the other person (somevalue/novalue state nothing).
 */
import { mulberry32 } from '../../src/random.js';
import { loadDataset } from './fake-wikibase/dataset.js';
import { ROYALS_DATASET } from './paths.js';

export interface OneSidedOptions {
  seed: number;
  /** Share of both-sided links whose P40 (on the parent) is dropped (default 0.3). */
  dropChildShare?: number;
  /** Share of both-sided links whose P22/P25 (on the child) is dropped (default 0.1). */
  dropParentShare?: number;
}

export interface DroppedStatement {
  parent: string;
  child: string;
  /** P40 (removed from the parent) or P22/P25 (removed from the child). */
  property: 'P40' | 'P22' | 'P25';
  statementId: string;
}

export interface LinkCounts {
  /** Parent–child pairs stated at least once. */
  links: number;
  bothSides: number;
  /** Stated by P40 on the parent only (before dropping). */
  parentSideOnly: number;
  /** Stated by P22/P25 on the child only (before dropping). */
  childSideOnly: number;
  droppedP40: number;
  droppedParentStatements: number;
}

export interface OneSided {
  entities: Array<Record<string, unknown>>;
  dropped: DroppedStatement[];
  counts: LinkCounts;
}

type Statement = Record<string, unknown> & { id?: string; rank?: string; mainsnak?: Record<string, unknown> };

interface LinkSides {
  parent: string;
  child: string;
  fromParent: Array<{ property: 'P40'; statement: Statement }>;
  fromChild: Array<{ property: 'P22' | 'P25'; statement: Statement }>;
}

function claimsOf(entity: Record<string, unknown>): Record<string, Statement[]> {
  const claims = entity['claims'];
  return typeof claims === 'object' && claims !== null ? (claims as Record<string, Statement[]>) : {};
}

/** The item a non-deprecated statement points at, or undefined. */
function target(statement: Statement): string | undefined {
  if (statement.rank === 'deprecated' || statement.mainsnak?.['snaktype'] !== 'value') return undefined;
  const datavalue = statement.mainsnak['datavalue'] as { value?: { id?: unknown } } | undefined;
  const id = datavalue?.value?.id;
  return typeof id === 'string' ? id : undefined;
}

function numeric(id: string): number {
  return Number(id.slice(1));
}

function collectLinks(entities: ReadonlyArray<Record<string, unknown>>): LinkSides[] {
  const links = new Map<string, LinkSides>();
  const sides = (parent: string, child: string): LinkSides => {
    const key = `${parent}>${child}`;
    let link = links.get(key);
    if (link === undefined) links.set(key, (link = { parent, child, fromParent: [], fromChild: [] }));
    return link;
  };
  for (const entity of entities) {
    const id = String(entity['id']);
    const claims = claimsOf(entity);
    for (const statement of claims['P40'] ?? []) {
      const child = target(statement);
      if (child !== undefined) sides(id, child).fromParent.push({ property: 'P40', statement });
    }
    for (const property of ['P22', 'P25'] as const) {
      for (const statement of claims[property] ?? []) {
        const parent = target(statement);
        if (parent !== undefined) sides(parent, id).fromChild.push({ property, statement });
      }
    }
  }
  const order = (a: LinkSides, b: LinkSides) =>
    numeric(a.parent) - numeric(b.parent) || numeric(a.child) - numeric(b.child);
  return [...links.values()].sort(order);
}

function checkShares(child: number, parent: number): void {
  const valid = (share: number) => share >= 0 && share <= 1;
  if (!valid(child) || !valid(parent) || child + parent > 1) {
    throw new RangeError(
      `Expected dropChildShare and dropParentShare from 0 to 1 with a sum of at most 1, got ${child} and ${parent}`,
    );
  }
}

export function makeOneSided(entities: ReadonlyArray<Record<string, unknown>>, options: OneSidedOptions): OneSided {
  const { seed, dropChildShare = 0.3, dropParentShare = 0.1 } = options;
  checkShares(dropChildShare, dropParentShare);
  const random = mulberry32(seed);
  const links = collectLinks(entities);
  const removed = new Set<Statement>();
  const dropped: DroppedStatement[] = [];
  const counts: LinkCounts = {
    links: links.length,
    bothSides: 0,
    parentSideOnly: 0,
    childSideOnly: 0,
    droppedP40: 0,
    droppedParentStatements: 0,
  };
  for (const link of links) {
    if (link.fromChild.length === 0) counts.parentSideOnly += 1;
    if (link.fromParent.length === 0) counts.childSideOnly += 1;
    if (link.fromChild.length === 0 || link.fromParent.length === 0) continue;
    counts.bothSides += 1;
    const draw = random();
    const side =
      draw < dropChildShare ? link.fromParent : draw < dropChildShare + dropParentShare ? link.fromChild : [];
    for (const { property, statement } of side) {
      removed.add(statement);
      dropped.push({ parent: link.parent, child: link.child, property, statementId: statement.id ?? '' });
    }
    if (side === link.fromParent) counts.droppedP40 += 1;
    if (side === link.fromChild) counts.droppedParentStatements += 1;
  }
  return { entities: entities.map((entity) => withoutStatements(entity, removed)), dropped, counts };
}

/** The entity itself when nothing of it is removed, else a copy with new claims. */
function withoutStatements(entity: Record<string, unknown>, removed: ReadonlySet<Statement>): Record<string, unknown> {
  const claims = claimsOf(entity);
  if (!Object.values(claims).some((statements) => statements.some((statement) => removed.has(statement)))) {
    return entity;
  }
  const kept: Record<string, Statement[]> = {};
  for (const [property, statements] of Object.entries(claims)) {
    const left = statements.filter((statement) => !removed.has(statement));
    if (left.length > 0) kept[property] = left;
  }
  return { ...entity, claims: kept };
}

/** The bundled european-royals dataset made one-sided (entities in file order). */
export async function oneSidedRoyals(options: OneSidedOptions): Promise<OneSided> {
  const entities = await loadDataset(ROYALS_DATASET);
  return makeOneSided([...entities.values()], options);
}
