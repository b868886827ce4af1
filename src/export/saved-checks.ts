/** Shape checks for the attributes of a saved graph; each throws an Error naming the bad field. */
import { isItemId, type ItemId } from '../ids.js';
import type { Calendar, PartialDate, Sex } from '../person/types.js';
import type { EdgeRelation, FamilyEdgeAttributes, FamilyGraphAttributes, PersonAttributes } from '../graph/types.js';

type Obj = Record<string, unknown>;

const SEXES: readonly Sex[] = ['male', 'female', 'other', 'unknown'];
const RELATIONS: readonly EdgeRelation[] = ['father', 'mother', 'parent', 'spouse'];
const CALENDARS: readonly Calendar[] = ['gregorian', 'julian', 'other'];

export function checkGraphAttributes(value: unknown): FamilyGraphAttributes {
  const o = object(value, 'graph attributes');
  return {
    seeds: array(o.seeds, 'seeds').map((s) => itemId(s, 'seeds')),
    depth: number(o.depth, 'depth'),
    direction: oneOf(o.direction, ['both', 'up', 'down'] as const, 'direction'),
    relations: array(o.relations, 'relations').map((r) =>
      oneOf(r, ['parent', 'child', 'spouse'] as const, 'relations'),
    ),
    endpoint: string(o.endpoint, 'endpoint'),
    languages: array(o.languages, 'languages').map((l) => string(l, 'languages')),
    crawledAt: string(o.crawledAt, 'crawledAt'),
    wdkinVersion: string(o.wdkinVersion, 'wdkinVersion'),
    ...(o.status === undefined ? {} : { status: oneOf(o.status, ['complete', 'partial'] as const, 'status') }),
    ...(o.failed === undefined ? {} : { failed: number(o.failed, 'failed') }),
  };
}

export function checkPerson(value: unknown, where: string): PersonAttributes {
  const o = object(value, where);
  const person: PersonAttributes = {
    qid: itemId(o.qid, `${where}.qid`),
    label: string(o.label, `${where}.label`),
    labelLanguage: nullable(o.labelLanguage, (v) => string(v, `${where}.labelLanguage`)),
    description: nullable(o.description, (v) => string(v, `${where}.description`)),
    sex: oneOf(o.sex, SEXES, `${where}.sex`),
    birth: nullable(o.birth, (v) => date(v, `${where}.birth`)),
    death: nullable(o.death, (v) => date(v, `${where}.death`)),
    depth: number(o.depth, `${where}.depth`),
    seed: boolean(o.seed, `${where}.seed`),
    unexplored: number(o.unexplored, `${where}.unexplored`),
    unknownParents: number(o.unknownParents, `${where}.unknownParents`),
  };
  if (o.highlight === true) person.highlight = true;
  return person;
}

export function checkEdge(value: unknown, where: string): FamilyEdgeAttributes {
  const o = object(value, where);
  const edge: FamilyEdgeAttributes = {
    relation: oneOf(o.relation, RELATIONS, `${where}.relation`),
    statementIds: array(o.statementIds, `${where}.statementIds`).map((s) => string(s, `${where}.statementIds`)),
    rank: oneOf(o.rank, ['preferred', 'normal'] as const, `${where}.rank`),
    properties: array(o.properties, `${where}.properties`).map((p) =>
      oneOf(p, ['P22', 'P25', 'P40', 'P26'] as const, `${where}.properties`),
    ),
    kinshipType: array(o.kinshipType, `${where}.kinshipType`).map((k) => itemId(k, `${where}.kinshipType`)),
    nonBirth: boolean(o.nonBirth, `${where}.nonBirth`),
    start: nullable(o.start, (v) => date(v, `${where}.start`)),
    end: nullable(o.end, (v) => date(v, `${where}.end`)),
  };
  if (o.statedBy !== undefined)
    edge.statedBy = oneOf(o.statedBy, ['child', 'parent', 'both', 'one-side'] as const, `${where}.statedBy`);
  if (o.statedOn !== undefined)
    edge.statedOn = array(o.statedOn, `${where}.statedOn`).map((s) => itemId(s, `${where}.statedOn`));
  if (o.highlight === true) edge.highlight = true;
  return edge;
}

function date(value: unknown, where: string): PartialDate {
  const o = object(value, where);
  const result: PartialDate = {
    year: number(o.year, `${where}.year`),
    precision: number(o.precision, `${where}.precision`),
    calendar: oneOf(o.calendar, CALENDARS, `${where}.calendar`),
    bce: boolean(o.bce, `${where}.bce`),
    time: string(o.time, `${where}.time`),
  };
  if (o.month !== undefined) result.month = number(o.month, `${where}.month`);
  if (o.day !== undefined) result.day = number(o.day, `${where}.day`);
  return result;
}

function fail(where: string, expected: string, value: unknown): never {
  const got = value === undefined ? 'nothing' : (JSON.stringify(value)?.slice(0, 40) ?? typeof value);
  throw new Error(`${where}: expected ${expected}, got ${got}`);
}

function object(value: unknown, where: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object', value);
  return value as Obj;
}
function array(value: unknown, where: string): unknown[] {
  return Array.isArray(value) ? value : fail(where, 'an array', value);
}
function string(value: unknown, where: string): string {
  return typeof value === 'string' ? value : fail(where, 'a string', value);
}
function number(value: unknown, where: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(where, 'a number', value);
}
function boolean(value: unknown, where: string): boolean {
  return typeof value === 'boolean' ? value : fail(where, 'true or false', value);
}
function itemId(value: unknown, where: string): ItemId {
  return isItemId(value) ? value : fail(where, 'a Q-id', value);
}
function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  return allowed.includes(value as T) ? (value as T) : fail(where, `one of ${allowed.join(', ')}`, value);
}
function nullable<T>(value: unknown, check: (v: unknown) => T): T | null {
  return value === null || value === undefined ? null : check(value);
}
