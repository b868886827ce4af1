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

/**
 * A partial date as text, no more precise than it is known: `1819-05-24`, `1819-05`, `1819`,
 * `1810s`, `c. 1800`; BCE years get ` BCE`, Julian dates ` (Julian)`. Null for no date.
 */
export function formatPartialDate(date: PartialDate | null): string | null {
  if (!date) return null;
  const year = Math.abs(date.year);
  const era = date.bce ? ' BCE' : '';
  if (date.precision < 8) return `c. ${year}${era}`;
  if (date.precision === 8) return `${Math.floor(year / 10) * 10}s${era}`;
  let text = String(year).padStart(4, '0');
  if (date.month !== undefined) text += `-${pad2(date.month)}`;
  if (date.day !== undefined) text += `-${pad2(date.day)}`;
  const julian = date.calendar === 'julian' && date.precision >= 10 ? ' (Julian)' : '';
  return `${text}${era}${julian}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
