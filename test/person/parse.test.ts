import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseEntity, isPersonLike } from '../../src/person/parse.js';
import { formatPartialDate } from '../../src/person/dates.js';
import { MAX_LABEL_LENGTH } from '../../src/person/labels.js';
import { BadResponseError } from '../../src/errors.js';
import { fixturePath } from '../support/paths.js';

const fixtures = fixturePath('wikibase');
const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

describe('parseEntity on a real wbgetentities response (Q42)', () => {
  const entity = readJson(`${fixtures}/wptools/Q42_wbgetentities.json`).entities.Q42;
  const person = parseEntity(entity, ['en']);

  it('reads label, sex, dates and family links', () => {
    expect(person.id).toBe('Q42');
    expect(person.label).toBe('Douglas Adams');
    expect(person.sex).toBe('male');
    expect(person.human).toBe(true);
    expect(formatPartialDate(person.birth)).toBe('1952-03-11');
    expect(formatPartialDate(person.death)).toBe('2001-05-11');
    expect(person.fathers.links.map((l) => l.target)).toEqual(['Q14623675']);
    expect(person.mothers.links.map((l) => l.target)).toEqual(['Q14623678']);
    expect(person.children.links.map((l) => l.target)).toEqual(['Q14623683']);
    expect(typeof person.revision).toBe('number');
  });

  it('keeps start and end qualifiers on spouses, and statement ids', () => {
    const spouse = person.spouses.links[0]!;
    expect(spouse.target).toBe('Q14623681');
    expect(spouse.start?.year).toBe(1991);
    expect(spouse.end?.year).toBe(2001);
    expect(spouse.statementId).toMatch(/^Q42\$/i);
  });
});

describe('parseEntity on edge cases', () => {
  const person = parseEntity(readJson(fixturePath('edge-person.json')), ['en', 'fr']);

  it('does not use deprecated statements but counts them', () => {
    expect(person.fathers.links.map((l) => l.target)).toEqual(['Q203', 'Q202']);
    expect(person.fathers.deprecated).toBe(1);
    expect(person.fathers.deprecatedTargets).toEqual(['Q201']);
  });

  it('keeps P1039 kinship type on a parent link', () => {
    expect(person.fathers.links.find((l) => l.target === 'Q202')?.kinshipType).toEqual(['Q20746725']);
  });

  it('keeps unknown value, no value and no statement apart', () => {
    expect(person.mothers).toEqual({ links: [], unknownValues: 1, noValue: false, deprecated: 0 });
    expect(person.children).toEqual({ links: [], unknownValues: 0, noValue: true, deprecated: 0 });
    expect(person.spouses).toEqual({ links: [], unknownValues: 0, noValue: false, deprecated: 0 });
    expect(person.sex).toBe('unknown');
  });

  it('reads BCE, Julian and month-precision dates; prefers the preferred statement', () => {
    expect(person.birth).toMatchObject({ year: -44, month: 3, precision: 10, calendar: 'julian', bce: true });
    expect(person.birth?.day).toBeUndefined();
    expect(person.death).toMatchObject({ year: 1365, precision: 9 });
    expect(person.death?.month).toBeUndefined();
  });

  it('uses the language-fallback label with its real language, as one line', () => {
    expect(person.label).toBe('Jean <b>"le" Bon</b> & co');
    expect(person.labelLanguage).toBe('fr');
  });

  it('falls back to any language when the chain has none', () => {
    const other = parseEntity({ id: 'Q5', labels: { de: { language: 'de', value: 'Mensch' } } }, ['en']);
    expect(other.label).toBe('Mensch');
    expect(other.labelLanguage).toBe('de');
    expect(parseEntity({ id: 'Q5' }, ['en']).label).toBeNull();
  });

  it('strips bidirectional overrides and isolates, which would reorder what a terminal or a drawing shows', () => {
    const value = 'Anna\u202e anna\u202c \u2066Maria\u2069\u200f';
    const tricky = parseEntity({ id: 'Q8', labels: { en: { language: 'en', value } } }, ['en']);
    expect(tricky.label).toBe('Anna anna Maria');
  });

  it('cuts a huge label and says so', () => {
    const huge = parseEntity({ id: 'Q7', labels: { en: { language: 'en', value: 'x'.repeat(20000) } } }, ['en']);
    expect(huge.label?.length).toBe(MAX_LABEL_LENGTH);
    expect(huge.labelTruncated).toBe(true);
  });

  it('rejects something that is not an item', () => {
    expect(() => parseEntity({ id: 'P22' }, ['en'])).toThrow(BadResponseError);
    expect(() => parseEntity(null, ['en'])).toThrow(BadResponseError);
  });

  it('tells people from other items', () => {
    expect(isPersonLike(person)).toBe(true);
    expect(isPersonLike(parseEntity({ id: 'Q30', claims: {} }, ['en']))).toBe(false);
  });
});
