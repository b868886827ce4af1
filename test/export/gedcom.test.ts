import { describe, expect, it } from '@jest/globals';
import { gedcomDate } from '../../src/export/gedcom-date.js';
import { GedcomLines } from '../../src/export/gedcom-lines.js';
import { renderExport } from '../../src/export/write.js';
import type { PartialDate } from '../../src/person/types.js';
import { smallFamily } from './fixtures.js';
import { GEDCOM_LINE } from './helpers.js';

function date(year: number, precision: number, extra: Partial<PartialDate> = {}): PartialDate {
  return { year, precision, calendar: 'gregorian', bce: year < 0, time: '', ...extra };
}

describe('gedcomDate', () => {
  it('writes year, month and day precision, BCE, Julian and approximate dates', () => {
    expect(gedcomDate(date(1819, 9))).toBe('1819');
    expect(gedcomDate(date(1819, 10, { month: 5 }))).toBe('MAY 1819');
    expect(gedcomDate(date(1819, 11, { month: 5, day: 24 }))).toBe('24 MAY 1819');
    expect(gedcomDate(date(-44, 11, { month: 3, day: 15 }))).toBe('44 B.C.');
    expect(gedcomDate(date(1500, 11, { month: 1, day: 2, calendar: 'julian' }))).toBe('@#DJULIAN@ 2 JAN 1500');
    expect(gedcomDate(date(-44, 9, { calendar: 'julian' }))).toBe('@#DJULIAN@ 44 B.C.');
    expect(gedcomDate(date(1810, 8))).toBe('ABT 1810');
  });
});

describe('GedcomLines', () => {
  it('continues long text on CONC lines and line breaks on CONT lines, never over 255 characters', () => {
    const text = `${'word '.repeat(120)}\nsecond @ line\n\n${'🙂'.repeat(300)}`;
    const lines = new GedcomLines().text(1, 'NOTE', text).toString().split('\n').slice(0, -1);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(255);
      expect(line).toMatch(GEDCOM_LINE);
    }
    expect(lines.filter((l) => l.startsWith('2 CONT')).length).toBe(3);
    const rebuilt = lines
      .map((l) => l.replace(/^1 NOTE ?|^2 CONC /, '').replace(/^2 CONT ?/, '\n'))
      .join('')
      .replace(/@@/g, '@');
    expect(rebuilt).toBe(text);
  });
});

describe('GEDCOM export', () => {
  it('has one INDI per person, one FAM per couple or single parent, and matching FAMC/FAMS links', async () => {
    const graph = smallFamily();
    const text = await renderExport(graph, 'gedcom');
    const lines = text.split('\n');
    expect(lines.filter((l) => / INDI$/.test(l))).toHaveLength(graph.order);
    expect(lines.slice(0, 1)).toEqual(['0 HEAD']);
    expect(text).toContain('1 CHAR UTF-8\n');
    expect(text).toContain('2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n');
    const families = text.split(/\n(?=0 )/).filter((r) => / FAM\n/.test(r));
    expect(families).toHaveLength(5); // George+Anna, George+Beatrice, Charles alone, Q6+Q11, Diana+Frank
    const charles = families.find((f) => f.includes('1 HUSB @Q4@'))!;
    expect(charles).not.toContain('WIFE');
    for (const family of families) {
      const xref = /^0 (@F\d+@)/.exec(family)![1]!;
      for (const [, tag, person] of family.matchAll(/1 (HUSB|WIFE|CHIL) (@Q\d+@)/g)) {
        const record = text.split(/\n(?=0 )/).find((r) => r.startsWith(`0 ${person} INDI`))!;
        expect(record).toContain(`1 ${tag === 'CHIL' ? 'FAMC' : 'FAMS'} ${xref}`);
      }
    }
    expect(text).toMatch(/0 @Q10@ INDI\n(?:.*\n)*?1 FAMC @F5@\n2 PEDI adopted\n/);
    expect(text).toContain('1 REFN Q6\n2 TYPE Wikidata\n1 _WDID Q6\n');
    expect(text.endsWith('0 TRLR\n')).toBe(true);
  });
});
