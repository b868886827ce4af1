import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gedcomDate } from '../../src/export/gedcom-date.js';
import { GedcomLines } from '../../src/export/gedcom-lines.js';
import { gedcomNameValue, parsePersonName } from '../../src/export/gedcom-name.js';
import { renderExport } from '../../src/export/write.js';
import type { PartialDate } from '../../src/person/types.js';
import { makeTempDir } from '../support/tmp.js';
import { GRAMPS, itWith } from './external.js';
import { smallFamily } from './fixtures.js';
import { GEDCOM_LINE } from './helpers.js';
import { royalsCrawl } from './royals-crawl.js';

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
  });

  it('writes decades, centuries and millennia as the years they span, never ABT', () => {
    expect(gedcomDate(date(1810, 8))).toBe('BET 1810 AND 1819');
    expect(gedcomDate(date(1701, 7))).toBe('BET 1701 AND 1800');
    expect(gedcomDate(date(1800, 7))).toBe('BET 1701 AND 1800');
    expect(gedcomDate(date(1750, 7, { calendar: 'julian' }))).toBe('BET @#DJULIAN@ 1701 AND @#DJULIAN@ 1800');
    expect(gedcomDate(date(1001, 6))).toBe('BET 1001 AND 2000');
    expect(gedcomDate(date(-44, 7))).toBe('BET 100 B.C. AND 1 B.C.');
    expect(gedcomDate(date(-44, 8))).toBe('BET 49 B.C. AND 40 B.C.');
    expect(gedcomDate(date(-50000, 3))).toBe('ABT 50000 B.C.');
  });
});

describe('parsePersonName', () => {
  const cases: Array<[string, string]> = [
    ['Queen Victoria', 'Queen Victoria //'],
    ['Victoria of Saxe-Coburg-Saalfeld', 'Victoria // of Saxe-Coburg-Saalfeld'],
    ['Christian IX of Denmark', 'Christian // IX of Denmark'],
    ['Elizabeth II', 'Elizabeth // II'],
    ['Prince Philip, Duke of Edinburgh', 'Prince Philip // Duke of Edinburgh'],
    ['Ernest Augustus, Duke of Brunswick', 'Ernest Augustus // Duke of Brunswick'],
    ['Antony Armstrong-Jones, 1st Earl of Snowdon', 'Antony /Armstrong-Jones/ 1st Earl of Snowdon'],
    ['Lady Elizabeth Bowes-Lyon', 'Lady Elizabeth /Bowes-Lyon/'],
    ['Carl Johan Bernadotte', 'Carl Johan /Bernadotte/'],
    ['Queen Elizabeth the Queen Mother', 'Queen Elizabeth // the Queen Mother'],
    ['Maria Feodorovna (Dagmar of Denmark)', 'Maria Feodorovna // (Dagmar of Denmark)'],
    ['Maria Alexandrovna', 'Maria Alexandrovna //'],
    ['Ernest Louis', 'Ernest Louis //'],
    ['Wilhelmine de Prusse', 'Wilhelmine // de Prusse'],
    ["Nicolas d'Oldenbourg", "Nicolas // d'Oldenbourg"],
    ["Juan Carlos Ier d'Espagne", "Juan Carlos // Ier d'Espagne"],
    ['Guillaume en Bavière', 'Guillaume // en Bavière'],
    ['Anne Dorothea von Winterfeld', 'Anne Dorothea /von Winterfeld/'],
    ['Jan van der Berg', 'Jan /van der Berg/'],
    ['Frederick the Great', 'Frederick // the Great'],
    ['Konrad IV.', 'Konrad // IV.'],
    ['Helena', 'Helena //'],
    ['a/b c', 'a\u2215b /c/'],
  ];
  it.each(cases)('%s -> NAME %s', (label, value) => {
    expect(gedcomNameValue(parsePersonName(label, 'Q1'))).toBe(value);
  });

  it('never leaves the name empty, keeps the pieces apart, and reads a royal description', () => {
    expect(gedcomNameValue(parsePersonName('', 'Q42'))).toBe('Q42 //');
    expect(gedcomNameValue(parsePersonName('\u0000 \n', 'Q42'))).toBe('Q42 //');
    expect(parsePersonName('Anne Dorothea von Winterfeld', 'Q1')).toEqual({
      prefix: '',
      given: 'Anne Dorothea',
      surnamePrefix: 'von',
      surname: 'Winterfeld',
      suffix: '',
    });
    expect(gedcomNameValue(parsePersonName('Albert Victor', 'Q1', 'British prince'))).toBe('Albert Victor //');
    expect(gedcomNameValue(parsePersonName('Timothy Brown', 'Q1', 'British naval officer'))).toBe('Timothy /Brown/');
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
    expect(text.endsWith('0 TRLR\n')).toBe(true);
  });

  it('links each person to the item by REFN, an OBJE web link and the note; no custom tag', async () => {
    const text = await renderExport(smallFamily(), 'gedcom', { highlight: ['Q1', 'Q5'] });
    expect(text).toContain(
      '1 REFN Q6\n2 TYPE Wikidata\n1 OBJE\n2 FILE https://www.wikidata.org/wiki/Q6\n3 FORM url\n2 TITL Wikidata Q6\n',
    );
    expect(text).toMatch(/1 NOTE (?:.*\n2 CON[CT] .*\n)*2 CONT Wikidata: https:\/\/www\.wikidata\.org\/wiki\/Q6\n/);
    expect(text.split('\n').filter((l) => /^\d+ (?:@\S+@ )?_/.test(l))).toEqual([]);
    // highlighted people and their family point to one shared note
    expect(text).toMatch(/0 @Q1@ INDI\n(?:[1-9].*\n)*1 NOTE @N1@\n/);
    expect(text).toContain('0 @N1@ NOTE Highlighted by wdkin');
    expect(text.match(/^1 NOTE @N1@$/gm)!.length).toBeGreaterThanOrEqual(3);
  });

  it('writes name pieces and never an empty NAME', async () => {
    const graph = smallFamily();
    graph.setNodeAttribute('Q4', 'label', 'Prince Charles, Duke of Cornwall');
    graph.setNodeAttribute('Q8', 'label', 'Frank von Holstein');
    graph.setNodeAttribute('Q2', 'label', '');
    const text = await renderExport(graph, 'gedcom');
    expect(text).toContain(
      '1 NAME Prince Charles // Duke of Cornwall\n2 NPFX Prince\n2 GIVN Charles\n2 NSFX Duke of Cornwall\n',
    );
    expect(text).toContain('1 NAME Frank /von Holstein/\n2 GIVN Frank\n2 SPFX von\n2 SURN Holstein\n');
    expect(text).toContain('0 @Q2@ INDI\n1 NAME Q2 //\n');
    expect(text).not.toMatch(/^1 NAME ?(?:\/\/)?$/m);
  });
});

describe('Gramps imports the GEDCOM', () => {
  const tmp = makeTempDir('wdkin-gramps-');
  afterAll(() => tmp.cleanup());

  /** Imports with the Gramps command line into a fresh tree, exports Gramps XML, returns both outputs. */
  function grampsImport(name: string, gedcom: string): { report: string; xml: string } {
    const file = join(tmp.dir, `${name}.ged`);
    writeFileSync(file, gedcom);
    const env = { ...process.env, GRAMPSHOME: join(tmp.dir, `home-${name}`), LANG: 'C.UTF-8' };
    const load = spawnSync('gramps', ['-y', '-C', name, '-i', file, '-e', join(tmp.dir, `${name}.gramps`)], {
      encoding: 'utf8',
      env,
      timeout: 300_000,
    });
    const report = `${load.stdout}\n${load.stderr}`;
    expect(load.status).toBe(0);
    const xml = gunzipSync(readFileSync(join(tmp.dir, `${name}.gramps`))).toString('utf8');
    return { report, xml };
  }

  function eventTypes(xml: string): string[] {
    return [...xml.matchAll(/<event handle="[^"]*"[^>]*>\s*<type>([^<]*)<\/type>/g)].map((m) => m[1]!);
  }

  itWith(
    [GRAMPS],
    'the small family: "No errors detected", no custom event, names, dates and web links kept',
    async () => {
      const graph = smallFamily();
      graph.setNodeAttribute('Q3', 'birth', { year: 1701, precision: 7, calendar: 'gregorian', bce: false, time: '' });
      graph.setNodeAttribute('Q8', 'birth', { year: 1930, precision: 8, calendar: 'gregorian', bce: false, time: '' });
      graph.setNodeAttribute('Q4', 'label', 'Prince Charles, Duke of Cornwall');
      graph.setNodeAttribute('Q8', 'label', 'Frank Holstein');
      const { report, xml } = grampsImport('small', await renderExport(graph, 'gedcom', { highlight: ['Q1', 'Q5'] }));
      expect(report).toContain('No errors detected');
      expect(new Set(eventTypes(xml))).toEqual(new Set(['Birth', 'Death', 'Marriage']));
      expect(xml.match(/<person handle=/g)).toHaveLength(graph.order);
      expect(xml).toMatch(
        /<first>Charles<\/first>\s*<surname><\/surname>\s*<suffix>Duke of Cornwall<\/suffix>\s*<title>Prince<\/title>/,
      );
      expect(xml).toMatch(/<first>Frank<\/first>\s*<surname>Holstein<\/surname>/);
      expect(xml).toContain('<daterange start="1701" stop="1800"/>');
      expect(xml).toContain('<daterange start="1930" stop="1939"/>');
      expect(xml).toContain(
        '<url  href="https://www.wikidata.org/wiki/Q1" type="Web Home" description="Wikidata Q1"/>',
      );
      expect(xml).toMatch(/<attribute type="REFN" value="Q1">/);
    },
  );

  itWith(
    [GRAMPS],
    "Queen Victoria's family (bundled data): no errors, no custom event, everyone imported",
    async () => {
      const graph = await royalsCrawl(['Q9439'], 3, { spouses: true });
      const { report, xml } = grampsImport('victoria', await renderExport(graph, 'gedcom', { highlight: ['Q9439'] }));
      expect(report).toContain('No errors detected');
      expect(new Set(eventTypes(xml))).toEqual(new Set(['Birth', 'Death', 'Marriage']));
      expect(xml.match(/<person handle=/g)).toHaveLength(graph.order);
    },
  );
});
