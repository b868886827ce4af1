import type { Calendar, PartialDate } from './types.js';

const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';
const JULIAN = 'http://www.wikidata.org/entity/Q1985786';
const TIME = /^([+-])(\d{1,16})-(\d{2})-(\d{2})T/;

/**
 * Reads a Wikibase time value (`{time, precision, calendarmodel}`) into a PartialDate.
 * Month and day are kept only when the precision covers them (they may be 00).
 * Returns null for anything that is not a well-formed time value.
 */
export function parseTimeValue(value: unknown): PartialDate | null {
  if (typeof value !== 'object' || value === null) return null;
  const { time, precision, calendarmodel } = value as Record<string, unknown>;
  if (typeof time !== 'string' || typeof precision !== 'number') return null;
  const match = TIME.exec(time);
  if (!match) return null;
  const [, sign, yearText, monthText, dayText] = match;
  const bce = sign === '-';
  const magnitude = Number(yearText);
  if (!Number.isSafeInteger(magnitude)) return null;
  const date: PartialDate = {
    year: bce ? -magnitude : magnitude,
    precision,
    calendar: calendarOf(calendarmodel),
    bce,
    time,
  };
  const month = Number(monthText);
  const day = Number(dayText);
  if (precision >= 10 && month >= 1 && month <= 12) date.month = month;
  if (precision >= 11 && date.month !== undefined && day >= 1 && day <= 31) date.day = day;
  return date;
}

function calendarOf(model: unknown): Calendar {
  if (model === undefined || model === GREGORIAN) return 'gregorian';
  if (model === JULIAN) return 'julian';
  return 'other';
}

/** The year to show or sort by (null when the precision is coarser than a year is still a year). */
export function yearOf(date: PartialDate | null): number | null {
  return date ? date.year : null;
}

/** `1819`, `1819-05`, `1819-05-24`, `44 BCE`; precision coarser than a year shows the year with `~`. */
export function formatPartialDate(date: PartialDate | null): string {
  if (!date) return '';
  const year = date.bce ? `${Math.abs(date.year)} BCE` : String(date.year);
  if (date.precision < 9) return `~${year}`;
  if (date.bce) return year;
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-') + (date.calendar === 'julian' ? ' (Julian)' : '');
}
