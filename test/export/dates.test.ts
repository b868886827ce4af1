import { describe, expect, it } from '@jest/globals';
import { lifeSpan, shortYear } from '../../src/export/dates.js';
import type { PartialDate } from '../../src/person/types.js';

function date(year: number, precision: number): PartialDate {
  return { year, precision, calendar: 'gregorian', bce: year < 0, time: '' };
}

describe('shortYear and lifeSpan (the years drawn under a name)', () => {
  it('writes years, decades, Wikidata centuries and BCE the way a reader expects', () => {
    expect(shortYear(date(1819, 11))).toBe('1819');
    expect(shortYear(date(-44, 9))).toBe('44 BC');
    expect(shortYear(date(1810, 8))).toBe('1810s');
    expect(shortYear(date(1701, 7))).toBe('18th c.');
    expect(shortYear(date(1800, 7))).toBe('18th c.');
    expect(shortYear(date(1201, 7))).toBe('13th c.');
    expect(shortYear(date(101, 7))).toBe('2nd c.');
    expect(shortYear(date(-3000, 6))).toBe('c. 3000 BC');
    expect(lifeSpan(date(1819, 9), date(1901, 11))).toBe('1819–1901');
    expect(lifeSpan(date(1701, 7), null)).toBe('b. 18th c.');
    expect(lifeSpan(null, null)).toBe('');
  });
});
