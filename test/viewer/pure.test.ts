/** The page's pure parts, without a browser: search, hash, dates, family, filters. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SearchIndex, normalize } from '../../src/viewer/search-index.js';
import { formatHash, parseHash } from '../../src/viewer/hash.js';
import { ageBetween, formatDate, lifeSpan } from '../../src/viewer/dates.js';
import { familyOf } from '../../src/viewer/family.js';
import { bloodRelatives, hiddenPeople, lifeStatus, type Filters } from '../../src/viewer/filters.js';
import { buildViewGraph } from '../../src/viewer/graph.js';
import { viewerData } from '../../src/export/viewer-data.js';
import { createExportContext } from '../../src/export/context.js';
import type { PartialDate } from '../../src/person/types.js';
import { royalFamily, smallFamily } from '../export/fixtures.js';

const date = (
  year: number,
  precision: number,
  month?: number,
  day?: number,
  calendar: PartialDate['calendar'] = 'gregorian',
): PartialDate => ({
  year,
  precision,
  calendar,
  bce: year < 0,
  time: '',
  ...(month !== undefined ? { month } : {}),
  ...(day !== undefined ? { day } : {}),
});

describe('search', () => {
  const index = new SearchIndex([
    { qid: 'Q1', label: 'Queen Victoria', weight: 100 },
    { qid: 'Q2', label: 'Victoria, Princess Royal', weight: 10 },
    { qid: 'Q3', label: 'Victoria Eugenie of Battenberg', weight: 5 },
    { qid: 'Q4', label: 'Ludwíg of Hesse', weight: 1 },
    { qid: 'Q9439', label: 'Someone', weight: 0 },
    { qid: 'Q5', label: 'Victoria', weight: 0 },
  ]);

  it('puts an exact Q-id first, in any case', () => {
    expect(index.search('q9439')[0]).toBe(4);
    expect(index.search(' Q9439 ')[0]).toBe(4);
  });

  it('ranks exact names, then names starting with the query, then words, then inside words', () => {
    expect(index.search('victoria')).toEqual([5, 1, 2, 0]);
    expect(index.search('vict')).toEqual([1, 2, 5, 0]);
    expect(index.search('toria')).toEqual([0, 1, 2, 5]);
    expect(index.search('victoria royal')).toEqual([1]);
  });

  it('ignores case, accents and punctuation, and finds nothing for nothing', () => {
    expect(index.search('LUDWIG')).toEqual([3]);
    expect(normalize('  Ludwíg,  of—Hesse ')).toBe('ludwig of hesse');
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzz')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(index.search('o', 2)).toHaveLength(2);
  });
});

describe('the URL hash', () => {
  it('reads a person or a pair, and ignores anything else', () => {
    expect(parseHash('#Q9439')).toEqual({ selected: 'Q9439', other: null });
    expect(parseHash('#q9682,q80976')).toEqual({ selected: 'Q9682', other: 'Q80976' });
    expect(parseHash('#Q1,Q1')).toEqual({ selected: 'Q1', other: null });
    expect(parseHash('')).toEqual({ selected: null, other: null });
    expect(parseHash('#<img src=x>')).toEqual({ selected: null, other: null });
    expect(parseHash('#%E0%A4%A')).toEqual({ selected: null, other: null });
    expect(parseHash('#Q0')).toEqual({ selected: null, other: null });
  });

  it('writes what it reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.option(fc.integer({ min: 1, max: 1e9 })), (a, b) => {
        const state = { selected: `Q${a}`, other: b !== null && b !== a ? `Q${b}` : null };
        expect(parseHash(formatHash(state))).toEqual(state);
      }),
    );
    expect(formatHash({ selected: null, other: null })).toBe('');
  });
});

describe('dates', () => {
  it('say no more than the precision knows', () => {
    expect(formatDate(date(1819, 11, 5, 24))).toBe('24 May 1819');
    expect(formatDate(date(1819, 10, 5))).toBe('May 1819');
    expect(formatDate(date(1819, 9))).toBe('1819');
    expect(formatDate(date(1815, 8))).toBe('1810s');
    expect(formatDate(date(1819, 7))).toBe('19th century');
    expect(formatDate(date(1900, 7))).toBe('19th century');
    expect(formatDate(date(1500, 6))).toBe('2nd millennium');
    expect(formatDate(date(-44, 11, 3, 15))).toBe('15 March 44 BC');
    expect(formatDate(date(1700, 11, 2, 1, 'julian'))).toBe('1 February 1700 (Julian)');
    expect(formatDate(date(-3000, 3))).toBe('c. 3000 BC');
    expect(formatDate(null)).toBe('');
  });

  it('give life spans and ages', () => {
    expect(lifeSpan(date(1819, 11, 5, 24), date(1901, 11, 1, 22))).toBe('1819–1901');
    expect(lifeSpan(date(1819, 9), null)).toBe('b. 1819');
    expect(lifeSpan(null, date(1815, 8))).toBe('d. 1810s');
    expect(ageBetween(date(1819, 11, 5, 24), date(1901, 11, 1, 22))).toBe(81);
    expect(ageBetween(date(1819, 11, 5, 24), date(1901, 11, 5, 24))).toBe(82);
    expect(ageBetween(date(1819, 9), date(1901, 11, 1, 22))).toBeNull();
  });
});

describe('family and filters on the page graph', () => {
  const graph = buildViewGraph(viewerData(createExportContext(smallFamily())));

  it('names parents, partners (spouses and co-parents), children in birth order and half-siblings', () => {
    const george = familyOf(graph, 'Q1');
    expect(george.children).toEqual(['Q4', 'Q5', 'Q6']);
    expect(george.partners.map((p) => [p.id, p.spouse])).toEqual([
      ['Q2', true],
      ['Q3', true],
    ]);
    const charles = familyOf(graph, 'Q4');
    expect(charles.parents).toEqual(['Q1', 'Q2']);
    expect(charles.siblings).toEqual([
      { id: 'Q5', half: true },
      { id: 'Q6', half: true },
    ]);
    expect(familyOf(graph, 'Q5').siblings).toContainEqual({ id: 'Q6', half: false });
  });

  it('counts the living and the dead by dates', () => {
    expect(lifeStatus(date(1900, 9), date(1970, 9), 2026)).toBe('dead');
    expect(lifeStatus(date(1900, 9), null, 2026)).toBe('dead');
    expect(lifeStatus(date(1950, 9), null, 2026)).toBe('living');
    expect(lifeStatus(null, null, 2026)).toBe('unknown');
  });

  it('hides generations, the living, the dead, and people married in', () => {
    const all: Filters = { minGeneration: -10, maxGeneration: 10, life: 'all', hideSpouses: false };
    const context = { graph, blood: bloodRelatives(graph, ['Q4']), currentYear: 2026 };
    expect(hiddenPeople(all, context).size).toBe(0);
    const generationOf = (id: string) => graph.getNodeAttribute(id, 'generation');
    const top = hiddenPeople({ ...all, maxGeneration: generationOf('Q4') - 1 }, context);
    expect(top.has('Q4')).toBe(true);
    expect(top.has('Q1')).toBe(false);
    const living = hiddenPeople({ ...all, life: 'living' }, context);
    expect(living.has('Q1')).toBe(true); // died 1970
    expect(living.has('Q9')).toBe(false); // born 1960, no death date
    // Q4's blood: his ancestors Q1 and Q2 and all their descendants; Q3, Q8, Q11 married in
    const spouses = hiddenPeople({ ...all, hideSpouses: true }, context);
    expect([...spouses].sort()).toEqual(['Q11', 'Q3', 'Q8']);
  });

  it('keeps everyone when the graph has no seed', () => {
    const royals = buildViewGraph(viewerData(createExportContext(royalFamily())));
    const blood = bloodRelatives(royals, []);
    expect(blood.size).toBe(0);
  });
});
