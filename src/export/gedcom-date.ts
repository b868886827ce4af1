/**
 * GEDCOM 5.5.1 date values: `1819`, `MAY 1819`, `24 MAY 1819`, `44 B.C.`; decade, century and
 * millennium precision as the range they stand for (`BET 1810 AND 1819`, the 18th century
 * `BET 1701 AND 1800`, as Wikidata numbers centuries: any year from 1701 to 1800 with century
 * precision is the 18th); `ABT` only for coarser precision; the `@#DJULIAN@` calendar escape
 * for Julian dates. The grammar allows B.C. on a year alone, so a BCE date keeps only its year.
 */
import type { PartialDate } from '../person/types.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function gedcomDate(date: PartialDate): string {
  const calendar = date.calendar === 'julian' ? '@#DJULIAN@ ' : '';
  const year = (y: number) => `${calendar}${Math.abs(y)}${y < 0 ? ' B.C.' : ''}`;
  const signed = date.bce ? -Math.abs(date.year) : date.year;
  if (date.precision < 9) {
    const span = yearSpan(signed, date.precision);
    return span ? `BET ${year(span[0])} AND ${year(span[1])}` : `ABT ${year(signed)}`;
  }
  if (date.bce) return year(signed);
  const month = date.precision >= 10 && date.month ? MONTHS[date.month - 1] : undefined;
  if (!month) return year(signed);
  if (date.precision >= 11 && date.day) return `${calendar}${date.day} ${month} ${date.year}`;
  return `${calendar}${month} ${date.year}`;
}

/**
 * The years a decade (8), century (7) or millennium (6) precision date stands for, as signed
 * years (no year 0: 1 B.C. is -1); null for coarser precision.
 */
export function yearSpan(year: number, precision: number): [number, number] | null {
  if (precision === 8) {
    if (year > 0) {
      const from = Math.floor(year / 10) * 10;
      return [Math.max(from, 1), from + 9];
    }
    const to = -Math.floor(-year / 10) * 10; // the 40s B.C.: 49 to 40 B.C.
    return [to - 9, Math.min(to, -1)];
  }
  const size = precision === 7 ? 100 : precision === 6 ? 1000 : 0;
  if (size === 0) return null;
  const n = Math.max(1, Math.ceil(Math.abs(year) / size)); // 1701..1800 -> the 18th
  return year > 0 ? [(n - 1) * size + 1, n * size] : [-n * size, -((n - 1) * size + 1)];
}

/** `1 JAN 2026` and `00:00:00` from an ISO timestamp, or null if it is not one. */
export function gedcomTimestamp(iso: string): { date: string; time: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  if (!match) return null;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return null;
  return { date: `${Number(match[3])} ${month} ${match[1]}`, time: match[4]! };
}
