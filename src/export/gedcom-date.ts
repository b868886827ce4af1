/**
 * GEDCOM 5.5.1 date values: `1819`, `MAY 1819`, `24 MAY 1819`, `44 B.C.`, `ABT 1810` for
 * decade or coarser precision, and the `@#DJULIAN@` calendar escape for Julian dates. The
 * grammar allows B.C. on a year alone, so a BCE date keeps only its year.
 */
import type { PartialDate } from '../person/types.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function gedcomDate(date: PartialDate): string {
  const calendar = date.calendar === 'julian' ? '@#DJULIAN@ ' : '';
  const year = String(Math.abs(date.year));
  if (date.bce) return `${date.precision < 9 ? 'ABT ' : ''}${calendar}${year} B.C.`;
  if (date.precision < 9) return `ABT ${calendar}${year}`;
  const month = date.precision >= 10 && date.month ? MONTHS[date.month - 1] : undefined;
  if (!month) return `${calendar}${year}`;
  if (date.precision >= 11 && date.day) return `${calendar}${date.day} ${month} ${year}`;
  return `${calendar}${month} ${year}`;
}

/** `1 JAN 2026` and `00:00:00` from an ISO timestamp, or null if it is not one. */
export function gedcomTimestamp(iso: string): { date: string; time: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  if (!match) return null;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return null;
  return { date: `${Number(match[3])} ${month} ${match[1]}`, time: match[4]! };
}
