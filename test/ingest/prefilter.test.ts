/** The pure parts of an ingest: the byte-level pre-filter, the id set, the language cut, one line read. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readDumpLine } from '../../src/ingest/dump-entity.js';
import { IdSet } from '../../src/ingest/id-set.js';
import { keepLanguages } from '../../src/ingest/keep-languages.js';
import { FAMILY_LINE, isFrameLine, lineItemNumber, lineVerdict, markLines } from '../../src/ingest/prefilter.js';
import { syntheticDumpLines } from '../support/synthetic-dump.js';

function verdicts(lines: string[]): { flags: Uint8Array; ids: number[] } {
  const buf = Buffer.from(lines.join('\n') + '\n');
  const ends = new Int32Array(lines.length);
  let at = -1;
  for (let i = 0; i < lines.length; i += 1) ends[i] = at = buf.indexOf(10, at + 1);
  const flags = new Uint8Array(lines.length);
  markLines(buf, 0, ends, lines.length, flags);
  for (let i = 0; i < lines.length; i += 1) {
    const line = Buffer.from(lines[i]!);
    expect(lineVerdict(line, 0, line.length)).toBe(flags[i]);
  }
  const ids = lines.map((_, i) => lineItemNumber(buf, i === 0 ? 0 : ends[i - 1]! + 1, ends[i]!));
  return { flags, ids };
}

describe('the byte-level pre-filter', () => {
  it('marks exactly the lines a parse would keep, on a generated dump', () => {
    const lines = [...syntheticDumpLines({ seed: 3, copies: 1, padding: 'small', founders: 2, horses: 2 })].map((l) =>
      l.replace(/\n$/, ''),
    );
    const { flags, ids } = verdicts(lines);
    let family = 0;
    for (let i = 0; i < lines.length; i += 1) {
      if (isFrameLine(Buffer.from(lines[i]!), 0, lines[i]!.length)) continue;
      const read = readDumpLine(lines[i]!, ['en']);
      if (!('entity' in read)) continue;
      expect(ids[i]).toBe(Number(read.entity.id.slice(1)));
      if (read.entity.family) {
        family += 1;
        expect(flags[i]! & FAMILY_LINE).toBe(FAMILY_LINE);
      }
      if (read.entity.human) expect(flags[i]).not.toBe(0);
      if (flags[i] === 0) expect(read.entity.family || read.entity.human).toBe(false);
    }
    expect(family).toBeGreaterThan(4000);
  });

  it('reads item ids and refuses everything else', () => {
    const { ids } = verdicts([
      '{"type":"item","id":"Q42","labels":{}},',
      '{"type":"property","id":"P31"}',
      '[',
      '{"id":"Q0"}',
      '{"id":"Q12x"}',
      'not json',
    ]);
    expect(ids).toEqual([42, 0, 0, 0, 0, 0]);
  });
});

describe('IdSet', () => {
  it('behaves as a Set of positive integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2 ** 40 })), (numbers) => {
        const set = new IdSet();
        for (const n of numbers) set.add(n);
        const expected = new Set(numbers);
        expect(set.size).toBe(expected.size);
        for (const n of numbers) expect(set.has(n)).toBe(true);
        for (const n of numbers.slice(0, 5)) {
          set.delete(n);
          expected.delete(n);
          expect(set.has(n)).toBe(false);
        }
        expect(set.size).toBe(expected.size);
      }),
    );
  });
});

describe('keepLanguages', () => {
  const term = (language: string, value = `${language} name`) => ({ language, value });
  it('keeps the chain and mul, else the one the Person model would fall back to', () => {
    const all = { de: term('de'), en: term('en'), mul: term('mul'), fr: term('fr') };
    expect(keepLanguages(all, ['fr'])).toEqual({ fr: term('fr'), mul: term('mul') });
    expect(keepLanguages({ de: term('de'), ca: term('ca', ' '), es: term('es') }, ['en'])).toEqual({ de: term('de') });
    expect(keepLanguages({}, ['en'])).toEqual({});
  });
});

describe('readDumpLine', () => {
  it('keeps somevalue, novalue and deprecated family statements, with their ids and ranks', () => {
    const line = JSON.stringify({
      type: 'item',
      id: 'Q7',
      labels: { en: { language: 'en', value: 'Seven' }, xx: { language: 'xx', value: 'Sept' } },
      claims: {
        P22: [{ mainsnak: { snaktype: 'somevalue', property: 'P22' }, id: 'Q7$a', rank: 'normal' }],
        P25: [
          {
            mainsnak: { snaktype: 'value', property: 'P25', datavalue: { value: { id: 'Q8' } } },
            id: 'Q7$b',
            rank: 'deprecated',
          },
        ],
        P18: [{ mainsnak: { snaktype: 'value', property: 'P18' } }],
      },
      sitelinks: { enwiki: {} },
      lastrevid: 12,
      modified: '2025-01-02T03:04:05Z',
    });
    const read = readDumpLine(`${line},`, ['en']);
    expect('entity' in read).toBe(true);
    if (!('entity' in read)) return;
    expect(read.entity).toMatchObject({ id: 'Q7', family: true, human: false, revision: 12 });
    expect(read.entity.modified).toBe(Date.parse('2025-01-02T03:04:05Z'));
    expect(read.entity.links).toEqual([{ property: 'P25', target: 'Q8', rank: 'deprecated' }]);
    const compact = JSON.parse(read.entity.json);
    expect(Object.keys(compact.claims).sort()).toEqual(['P22', 'P25']);
    expect(compact.labels).toEqual({ en: { language: 'en', value: 'Seven' } });
    expect(compact.sitelinks).toBeUndefined();
    expect(readDumpLine('{"id":"P31"}', null)).toEqual({ skip: 'not an item' });
    expect(readDumpLine('{"broken', null)).toEqual({ error: 'not valid JSON' });
  });
});
