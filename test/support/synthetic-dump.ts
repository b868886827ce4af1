/**
 * A synthetic Wikidata JSON dump (seeded, exact dump format: a `[` line, one entity per line
 * ending with `,`, a `]` line) whose family graph is known: the bundled royals repeated `copies`
 * times with renumbered ids (copy c's person of rank r is `royalId(c, Q)`, see below), between them
 * items that are not people (and humans without family links), entities padded like real ones
 * (labels in many languages, sitelinks, unrelated claims with references), plus small families
 * that need the ingest's deferral and second pass: human founders stated before their child,
 * horses stated before and after their foal, and a mother that is not in the dump.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { mulberry32 } from '../../src/random.js';
import { ROYALS_DATASET } from './paths.js';

export interface SyntheticDumpOptions {
  seed: number;
  copies: number;
  /** Items that are not people, per family person (default 1). */
  fillerPerPerson?: number;
  /** One human without family links every N family people (0 = none; default 4). */
  humanEvery?: number;
  /** Families of a human founder (no statements of his own, stated before his child), per copy (default 5). */
  founders?: number;
  /** Horse families (the sire is not human and has no statements): half stated before the foal (default 2). */
  horses?: number;
  /** 'small' (tests) or 'real' (entities of a real dump's size, for the benchmark). */
  padding?: 'small' | 'real';
  /** Malformed lines put in (default 0). */
  badLines?: number;
}

type Json = Record<string, any>;

const FAMILY = new Set(['P22', 'P25', 'P40', 'P26']);
const BASE = 1000;
const MODIFIED_BASE = Date.UTC(2025, 0, 1);
export const DUMP_DATE = '2025-06-01T12:00:00Z';

let royals: Json[] | null = null;
/** The bundled royals, in Q-id order (rank = position). */
export function royalEntities(): Json[] {
  royals ??= gunzipSync(readFileSync(ROYALS_DATASET))
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line.replace(/,$/, '')) as Json)
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  return royals;
}

let ranks: Map<string, number> | null = null;
function rankOf(qid: string): number | undefined {
  ranks ??= new Map(royalEntities().map((e, i) => [e.id as string, i]));
  return ranks.get(qid);
}

function slotSize(options: SyntheticDumpOptions): number {
  return 1 + (options.fillerPerPerson ?? 1) + ((options.humanEvery ?? 4) > 0 ? 1 : 0);
}

/** The id of a royal (by its real Q-id) in copy `copy` of a dump made with these options. */
export function royalId(options: SyntheticDumpOptions, copy: number, qid: string): string {
  const rank = rankOf(qid);
  if (rank === undefined) throw new Error(`${qid} is not one of the royals`);
  return `Q${BASE + (copy * royalEntities().length + rank) * slotSize(options)}`;
}

/** Maps every royal id in `text` (JSON of a graph, an answer...) to its id in `copy`. */
export function shiftText(options: SyntheticDumpOptions, copy: number, text: string): string {
  return text.replace(/Q[0-9]+/g, (qid) => (rankOf(qid) === undefined ? qid : royalId(options, copy, qid)));
}

export interface SyntheticFamilies {
  /** [founder, child] of each human founder family (the founder's line comes first). */
  founders: Array<[string, string]>;
  /** [sire, foal, sire stated first] of each horse family. */
  horses: Array<[string, string, boolean]>;
  /** [child, mother not in the dump]. */
  dangling: [string, string];
  /** People an ingest keeps: royals with a family statement (every one a link names has one), founder and horse families, the orphan. */
  people: number;
}

/** The lines of the dump (each with its newline), in order. */
export function* syntheticDumpLines(options: SyntheticDumpOptions, families?: SyntheticFamilies): Generator<string> {
  const random = mulberry32(options.seed);
  const words = vocabulary(random);
  const word = () => words[Math.floor(random() * random() * words.length)]!;
  const real = options.padding === 'real';
  const people = royalEntities();
  const slot = slotSize(options);
  const filler = options.fillerPerPerson ?? 1;
  const humanEvery = options.humanEvery ?? 4;
  let bad = options.badLines ?? 0;
  const badEvery = bad > 0 ? Math.max(1, Math.floor((people.length * options.copies) / (bad + 1))) : 0;
  let pending: string | null = null;
  const out: string[] = [];
  const emit = (entity: string) => {
    if (pending !== null) out.push(`${pending},\n`);
    pending = entity;
  };
  let serial = 0;
  yield '[\n';
  for (let copy = 0; copy < options.copies; copy += 1) {
    const map = (qid: string) => (rankOf(qid) === undefined ? qid : royalId(options, copy, qid));
    for (let rank = 0; rank < people.length; rank += 1) {
      const id = BASE + (copy * people.length + rank) * slot;
      emit(personLine(people[rank]!, map, random, word, real));
      for (let f = 1; f <= filler; f += 1) emit(fillerLine(id + f, random, word, real));
      if (humanEvery > 0 && rank % humanEvery === 0) emit(humanLine(id + filler + 1, random, word, real));
      serial += 1;
      if (badEvery > 0 && bad > 0 && serial % badEvery === 0) {
        emit(
          bad % 2 === 0
            ? `{"type":"item","id":"Q${id + 1}","claims":{"P22":[{"mainsnak":{"property":"P22"`
            : 'this is not an entity at all',
        );
        bad -= 1;
      }
      if (out.length > 0) yield* out.splice(0);
    }
  }
  // Small families after the royals: founders stated before their child, horses, a missing mother.
  let next = BASE + options.copies * people.length * slot + 10;
  const found: SyntheticFamilies = { founders: [], horses: [], dangling: ['', ''], people: 0 };
  for (let i = 0; i < (options.founders ?? 5) * Math.max(1, options.copies); i += 1) {
    const founder = `Q${next}`;
    const child = `Q${next + 1}`;
    next += 2;
    emit(simpleLine(founder, `Founder ${word()} ${i}`, 'Q5', {}, random, word, real));
    emit(fillerLine(next++, random, word, real));
    emit(simpleLine(child, `Child ${word()} ${i}`, 'Q5', { P22: founder }, random, word, real));
    found.founders.push([founder, child]);
  }
  for (let i = 0; i < (options.horses ?? 2); i += 1) {
    const sire = `Q${next}`;
    const foal = `Q${next + 1}`;
    next += 2;
    const sireFirst = i % 2 === 0;
    const lines = [
      simpleLine(sire, `Sire ${word()} ${i}`, 'Q726', {}, random, word, real),
      simpleLine(foal, `Foal ${word()} ${i}`, 'Q726', { P22: sire }, random, word, real),
    ];
    for (const line of sireFirst ? lines : lines.reverse()) emit(line);
    found.horses.push([sire, foal, sireFirst]);
  }
  const orphan = `Q${next}`;
  const lostMother = `Q${next + 1_000_000}`;
  emit(simpleLine(orphan, `Orphan ${word()}`, 'Q5', { P25: lostMother }, random, word, real));
  found.dangling = [orphan, lostMother];
  const withFamily = people.filter((e) => Object.keys(e.claims ?? {}).some((p) => FAMILY.has(p))).length;
  found.people = withFamily * options.copies + found.founders.length * 2 + found.horses.length * 2 + 1;
  if (families) Object.assign(families, found);
  yield* out.splice(0);
  if (pending !== null) yield `${pending}\n`;
  yield ']\n';
}

function vocabulary(random: () => number): string[] {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ra',
    'to',
    'su',
    'vi',
    'an',
    'el',
    'or',
    'us',
    'ber',
    'dan',
    'gor',
    'hel',
    'in',
    'jo',
    'ku',
    'lem',
    'sto',
    'wa',
  ];
  const words: string[] = [];
  for (let i = 0; i < 20_000; i += 1) {
    let w = '';
    for (let j = 0, n = 1 + Math.floor(random() * 4); j < n; j += 1)
      w += syllables[Math.floor(random() * syllables.length)];
    words.push(w);
  }
  return words;
}

let phrases: string[] | null = null;
/** Descriptions repeat across items, as real ones do ("scholarly article", "Wikimedia category"). */
function phrase(random: () => number, word: () => string): string {
  phrases ??= Array.from({ length: 400 }, () => `${word()} ${word()} ${word()}`);
  return phrases[Math.floor(random() * random() * phrases.length)]!;
}

const LANGUAGES = (() => {
  const real = [
    'en',
    'fr',
    'de',
    'es',
    'it',
    'nl',
    'pt',
    'sv',
    'pl',
    'ru',
    'ja',
    'zh',
    'ar',
    'da',
    'nb',
    'fi',
    'cs',
    'hu',
    'ca',
    'uk',
  ];
  const out = [...real];
  for (let i = 0; out.length < 300; i += 1)
    out.push(`q${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);
  return out;
})();

function hex(random: () => number, length: number): string {
  let s = '';
  while (s.length < length)
    s += Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, length);
}

function itemSnak(property: string, qid: string, random: () => number): string {
  return `{"snaktype":"value","property":"${property}","hash":"${hex(random, 40)}","datavalue":{"value":{"entity-type":"item","numeric-id":${qid.slice(1)},"id":"${qid}"},"type":"wikibase-entityid"},"datatype":"wikibase-item"}`;
}

function statement(owner: string, mainsnak: string, random: () => number, withReference: boolean): string {
  const reference = withReference
    ? `,"references":[{"hash":"${hex(random, 40)}","snaks":{"P248":[${itemSnak('P248', `Q${1 + Math.floor(random() * 9e7)}`, random)}]},"snaks-order":["P248"]}]`
    : '';
  return `{"mainsnak":${mainsnak},"type":"statement","id":"${owner}$${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}","rank":"normal"${reference}}`;
}

/** Labels, descriptions, aliases, unrelated claims and sitelinks like a real entity's (or a few, small). */
function padding(id: string, name: string, random: () => number, word: () => string, real: boolean, scale: number) {
  const count = real ? Math.max(2, Math.floor(scale * (5 + random() * 50))) : 2 + Math.floor(random() * 3);
  const labels: string[] = [];
  const descriptions: string[] = [];
  const sitelinks: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const l = LANGUAGES[i]!;
    labels.push(`"${l}":{"language":"${l}","value":${JSON.stringify(random() < 0.8 ? name : `${word()} ${word()}`)}}`);
    descriptions.push(`"${l}":{"language":"${l}","value":"${phrase(random, word)}"}`);
    if (real && random() < 0.5)
      sitelinks.push(`"${l}wiki":{"site":"${l}wiki","title":${JSON.stringify(name)},"badges":[]}`);
  }
  const claims: string[] = [];
  const claimCount = real ? Math.floor(scale * (2 + random() * 14)) : 1;
  for (let i = 0; i < claimCount; i += 1) {
    const property = `P${100 + Math.floor(random() * 3000)}`;
    if (FAMILY.has(property)) continue;
    const value =
      random() < 0.6
        ? itemSnak(property, `Q${1 + Math.floor(random() * 9e7)}`, random)
        : `{"snaktype":"value","property":"${property}","hash":"${hex(random, 40)}","datavalue":{"value":"${word()}${Math.floor(random() * 1e6)}","type":"string"},"datatype":"external-id"}`;
    claims.push(`"${property}":[${statement(id, value, random, real)}]`);
  }
  return { labels, descriptions, claims, sitelinks };
}

function tail(random: () => number): string {
  const modified = new Date(MODIFIED_BASE + Math.floor(random() * (Date.parse(DUMP_DATE) - MODIFIED_BASE)))
    .toISOString()
    .replace(/\.\d+Z$/, 'Z');
  return `"lastrevid":${1_000_000 + Math.floor(random() * 2e9)},"modified":"${modified}"`;
}

function personLine(
  royal: Json,
  map: (qid: string) => string,
  random: () => number,
  word: () => string,
  real: boolean,
): string {
  const id = map(royal.id);
  const claims: Json = {};
  for (const [property, statements] of Object.entries(royal.claims as Record<string, Json[]>)) {
    claims[property] = statements.map((s) => {
      const copy: Json = { ...s, id: typeof s.id === 'string' ? s.id.replace(/^Q[0-9]+/, id) : s.id };
      const value = s.mainsnak?.datavalue?.value;
      if (FAMILY.has(property) && value && typeof value.id === 'string') {
        const target = map(value.id);
        copy.mainsnak = {
          ...s.mainsnak,
          datavalue: {
            ...s.mainsnak.datavalue,
            value: { ...value, 'numeric-id': Number(target.slice(1)), id: target },
          },
        };
      }
      return copy;
    });
  }
  const name = royal.labels?.en?.value ?? royal.labels?.fr?.value ?? id;
  const pad = padding(id, name, random, word, real, 1.5);
  const own = JSON.stringify(claims).slice(1, -1);
  const labels = JSON.stringify(royal.labels ?? {}).slice(1, -1);
  // Small dumps keep the royals' own labels and descriptions, so answers equal the snapshot's.
  const extraLabels = real ? pad.labels.filter((l) => !/^"(en|fr)"/.test(l)) : [];
  const descriptions = real ? pad.descriptions : [];
  return `{"type":"item","id":"${id}","labels":{${[labels, ...extraLabels].filter(Boolean).join(',')}},"descriptions":{${descriptions.join(',')}},"aliases":{},"claims":{${[own, ...pad.claims].filter(Boolean).join(',')}},"sitelinks":{${pad.sitelinks.join(',')}},${tail(random)}}`;
}

function fillerLine(n: number, random: () => number, word: () => string, real: boolean): string {
  const id = `Q${n}`;
  const classes = ['Q13442814', 'Q4167836', 'Q16521', 'Q486972', 'Q7187', 'Q11424', 'Q4022'];
  const instance = classes[Math.floor(random() * classes.length)]!;
  const scale = real ? Math.exp(random() * 2.2 - 1.1) : 1;
  const pad = padding(id, `${word()} ${word()}`, random, word, real, scale);
  const p31 = `"P31":[${statement(id, itemSnak('P31', instance, random), random, real)}]`;
  return `{"type":"item","id":"${id}","labels":{${pad.labels.join(',')}},"descriptions":{${pad.descriptions.join(',')}},"aliases":{},"claims":{${[p31, ...pad.claims].join(',')}},"sitelinks":{${pad.sitelinks.join(',')}},${tail(random)}}`;
}

function humanLine(n: number, random: () => number, word: () => string, real: boolean): string {
  return simpleLine(`Q${n}`, `${word()} ${word()}`, 'Q5', {}, random, word, real);
}

function simpleLine(
  id: string,
  name: string,
  instance: string,
  links: Record<string, string>,
  random: () => number,
  word: () => string,
  real: boolean,
): string {
  const pad = padding(id, name, random, word, real, 0.6);
  const claims = [`"P31":[${statement(id, itemSnak('P31', instance, random), random, real)}]`];
  for (const [property, target] of Object.entries(links))
    claims.push(`"${property}":[${statement(id, itemSnak(property, target, random), random, real)}]`);
  return `{"type":"item","id":"${id}","labels":{"en":{"language":"en","value":${JSON.stringify(name)}}${pad.labels.length > 1 ? ',' + pad.labels.slice(1).join(',') : ''}},"descriptions":{${pad.descriptions.join(',')}},"aliases":{},"claims":{${[...claims, ...pad.claims].join(',')}},"sitelinks":{${pad.sitelinks.join(',')}},${tail(random)}}`;
}
