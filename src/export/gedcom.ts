/**
 * GEDCOM 5.5.1 (lineage-linked, UTF-8), as Gramps and other genealogy programs import it (Gramps
 * reports "No errors detected" and creates no custom event):
 * - one INDI per person: NAME from the label with its pieces (NPFX, GIVN, SPFX, SURN, NSFX; see
 *   gedcom-name.ts), SEX, birth and death dates (decades and centuries as `BET ... AND ...`),
 *   the Q-id as `REFN` with `TYPE Wikidata`, the item's URL as an `OBJE` with `FORM url` (Gramps
 *   makes it a web link of the person) and in the person's NOTE with the description;
 * - one FAM per family unit (a couple with their children, a single parent with theirs, or a
 *   childless couple from a spouse link), FAMC/FAMS links both ways, PEDI on FAMC for adoptions;
 * - no custom (`_`) tag: Gramps turns each unknown one into an undated custom event. Highlighted
 *   people and families point to one shared NOTE record saying so.
 */
import type { ExportContext } from './context.js';
import type { FamilyUnit } from '../graph/families.js';
import type { PersonAttributes } from '../graph/types.js';
import { gedcomDate, gedcomTimestamp } from './gedcom-date.js';
import { GedcomLines } from './gedcom-lines.js';
import { displayName, gedcomNameValue, parsePersonName, type PersonName } from './gedcom-name.js';
import { clip } from './text.js';
import { statusNote } from './status.js';

/** P1039 values meaning adoption (adoptive father/mother, adopted son/daughter/child, adoptee). */
const ADOPTION = new Set([
  'Q61740757',
  'Q61740758',
  'Q20746742',
  'Q25858158',
  'Q20746725',
  'Q20746728',
  'Q110267632',
  'Q11572068',
  'Q6933584',
]);
const HIGHLIGHT_NOTE = '@N1@';

export function renderGedcom(context: ExportContext): string {
  const { graph, highlight } = context;
  const units = context.units();
  const xref = personXrefs(graph.nodes());
  const familyXref = (i: number) => `@F${i + 1}@`;
  const asChild = new Map<string, number[]>();
  const asParent = new Map<string, number[]>();
  units.forEach((unit, i) => {
    for (const c of unit.children) push(asChild, c, i);
    for (const p of unit.parents) push(asParent, p, i);
  });
  const out = header(context);
  const refnType = referenceType(context);
  let marked = false;
  graph.forEachNode((id, a) => {
    out.add(0, 'INDI', undefined, xref.get(id));
    const name = parsePersonName(a.label, a.qid, a.description);
    nameLines(out, name);
    out.add(1, 'SEX', a.sex === 'male' ? 'M' : a.sex === 'female' ? 'F' : 'U');
    if (a.birth) out.add(1, 'BIRT').raw(2, 'DATE', gedcomDate(a.birth));
    if (a.death) out.add(1, 'DEAT').raw(2, 'DATE', gedcomDate(a.death));
    for (const i of asChild.get(id) ?? []) {
      out.raw(1, 'FAMC', familyXref(i));
      const unit = units[i]!;
      if (unit.nonBirthChildren.includes(id)) pedigree(out, kinshipOf(context, unit, id));
    }
    for (const i of asParent.get(id) ?? []) out.raw(1, 'FAMS', familyXref(i));
    out.add(1, 'REFN', a.qid).add(2, 'TYPE', refnType);
    const url = context.itemUrl(a.qid);
    out.add(1, 'OBJE').add(2, 'FILE', url).add(3, 'FORM', 'url').add(2, 'TITL', `${refnType} ${a.qid}`);
    if (highlight.nodes.has(id)) {
      out.raw(1, 'NOTE', HIGHLIGHT_NOTE);
      marked = true;
    }
    out.text(1, 'NOTE', personNote(a, name, url));
  });
  units.forEach((unit, i) => {
    out.add(0, 'FAM', undefined, familyXref(i));
    const marriage = unit.spouseEdge ? graph.getEdgeAttributes(unit.spouseEdge) : null;
    if (marriage) {
      out.add(1, 'MARR', marriage.start ? undefined : 'Y');
      if (marriage.start) out.raw(2, 'DATE', gedcomDate(marriage.start));
    }
    const [husband, wife] = spouseRoles(context, unit);
    if (husband) out.raw(1, 'HUSB', xref.get(husband)!);
    if (wife) out.raw(1, 'WIFE', xref.get(wife)!);
    for (const child of unit.children) out.raw(1, 'CHIL', xref.get(child)!);
    if (familyHighlighted(context, unit)) {
      out.raw(1, 'NOTE', HIGHLIGHT_NOTE);
      marked = true;
    }
  });
  if (marked)
    out.add(0, 'NOTE', 'Highlighted by wdkin (--highlight, or the people of a kinship answer)', HIGHLIGHT_NOTE);
  out.add(0, 'TRLR');
  return out.toString();
}

function header(context: ExportContext): GedcomLines {
  const meta = context.graph.getAttributes();
  const out = new GedcomLines()
    .add(0, 'HEAD')
    .add(1, 'SOUR', 'WDKIN')
    .add(2, 'VERS', meta.wdkinVersion || '0')
    .add(2, 'NAME', 'wdkin');
  const stamp = gedcomTimestamp(meta.crawledAt ?? '');
  if (stamp) out.add(1, 'DATE', stamp.date).add(2, 'TIME', stamp.time);
  out
    .raw(1, 'SUBM', '@SUBM1@')
    .add(1, 'GEDC')
    .add(2, 'VERS', '5.5.1')
    .add(2, 'FORM', 'LINEAGE-LINKED')
    .add(1, 'CHAR', 'UTF-8');
  out.text(
    1,
    'NOTE',
    `Family graph crawled from ${meta.endpoint}: seeds ${(meta.seeds ?? []).join(', ')}, depth ${meta.depth}, crawled ${meta.crawledAt}` +
      (statusNote(context.graph) ? `\n${statusNote(context.graph)}` : ''),
  );
  return out.add(0, 'SUBM', undefined, '@SUBM1@').add(1, 'NAME', 'wdkin');
}

/** INDI xrefs: the Q-id itself (`@Q42@`) when it is a valid xref, else `@I<n>@`. */
function personXrefs(keys: string[]): Map<string, string> {
  return new Map(keys.map((k, i) => [k, /^[A-Za-z0-9]{1,20}$/.test(k) ? `@${k}@` : `@I${i + 1}@`]));
}

function pedigree(out: GedcomLines, kinship: string[]): void {
  if (kinship.some((k) => ADOPTION.has(k))) out.add(2, 'PEDI', 'adopted');
  else out.text(2, 'NOTE', `Not a birth link (Wikidata kinship to subject: ${kinship.join(', ') || 'unspecified'})`);
}

function kinshipOf(context: ExportContext, unit: FamilyUnit, child: string): string[] {
  const kinds = new Set<string>();
  for (const p of unit.parents)
    for (const k of context.graph.getEdgeAttribute(`${p}>${child}`, 'kinshipType') ?? []) kinds.add(k);
  return [...kinds];
}

/** HUSB and WIFE by sex, else by the parent role on the links, else in order. */
function spouseRoles(context: ExportContext, unit: FamilyUnit): [string | undefined, string | undefined] {
  let husband: string | undefined;
  let wife: string | undefined;
  const rest: string[] = [];
  for (const p of unit.parents) {
    const sex = context.graph.getNodeAttribute(p, 'sex');
    const child = unit.children[0];
    const relation = child ? context.graph.getEdgeAttribute(`${p}>${child}`, 'relation') : undefined;
    if (!husband && (sex === 'male' || (sex !== 'female' && relation === 'father'))) husband = p;
    else if (!wife && (sex === 'female' || (sex !== 'male' && relation === 'mother'))) wife = p;
    else rest.push(p);
  }
  for (const p of rest) {
    if (!husband) husband = p;
    else if (!wife) wife = p;
  }
  return [husband, wife];
}

function familyHighlighted(context: ExportContext, unit: FamilyUnit): boolean {
  const edges = context.highlight.edges;
  if (unit.spouseEdge && edges.has(unit.spouseEdge)) return true;
  return unit.children.some((c) => unit.parents.some((p) => edges.has(`${p}>${c}`)));
}

/** NAME with its pieces; the pieces are clipped to the GEDCOM sizes (the note keeps the label). */
function nameLines(out: GedcomLines, name: PersonName): void {
  out.add(1, 'NAME', gedcomNameValue(name));
  if (name.prefix) out.add(2, 'NPFX', clip(name.prefix, 30));
  if (name.given) out.add(2, 'GIVN', clip(name.given, 120));
  if (name.surnamePrefix) out.add(2, 'SPFX', clip(name.surnamePrefix, 30));
  if (name.surname) out.add(2, 'SURN', clip(name.surname, 120));
  if (name.suffix) out.add(2, 'NSFX', clip(name.suffix, 30));
}

/** `Wikidata`, or the host of another Wikibase. */
function referenceType(context: ExportContext): string {
  const host = new URL(context.itemUrl('Q1')).hostname;
  return host === 'www.wikidata.org' ? 'Wikidata' : host;
}

function personNote(a: PersonAttributes, name: PersonName, url: string): string {
  const parts: string[] = [];
  const shown = displayName(name);
  if (a.label.replace(/\s+/g, ' ').trim() !== shown || gedcomNameValue(name).length > 120 || name.suffix.length > 30)
    parts.push(`Label: ${a.label}`);
  if (a.description) parts.push(a.description);
  parts.push(`${url.includes('wikidata.org') ? 'Wikidata' : 'Item'}: ${url}`);
  return parts.join('\n');
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
