/**
 * Dates as the viewer shows them, no more precise than they are known: `24 May 1819`,
 * `May 1819`, `1819`, `1810s`, `19th century`, `2nd millennium`, `44 BC`; Julian dates say so.
 * Pure.
 */
import type { PartialDate } from '../person/types.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(date: PartialDate | null): string {
  if (!date) return '';
  const { year, precision, calendar } = date;
  const month = date.month ?? 0;
  const day = date.day ?? 0;
  const bce = year < 0;
  const abs = Math.abs(year);
  const era = bce ? ' BC' : '';
  if (precision <= 5) return `c. ${abs}${era}`;
  if (precision === 6) return `${ordinal(Math.floor((abs - 1) / 1000) + 1)} millennium${era}`;
  if (precision === 7) return `${ordinal(Math.floor((abs - 1) / 100) + 1)} century${era}`;
  if (precision === 8) return `${Math.floor(abs / 10) * 10}s${era}`;
  let text = `${abs}${era}`;
  if (precision >= 10 && month >= 1 && month <= 12) {
    text = `${MONTHS[month - 1]} ${text}`;
    if (precision >= 11 && day >= 1 && day <= 31) text = `${day} ${text}`;
  }
  return calendar === 'julian' && precision >= 10 ? `${text} (Julian)` : text;
}

/** The year as a short label: `1819`, `44 BC`, `c. 1800` (century and coarser). */
export function shortYear(date: PartialDate | null): string {
  if (!date) return '';
  const { year, precision } = date;
  const text = `${Math.abs(year)}${year < 0 ? ' BC' : ''}`;
  if (precision === 8) return `${Math.floor(Math.abs(year) / 10) * 10}s${year < 0 ? ' BC' : ''}`;
  return precision < 8 ? `c. ${text}` : text;
}

/** `1819–1901`, `b. 1819`, `d. 1901` or empty. */
export function lifeSpan(birth: PartialDate | null, death: PartialDate | null): string {
  const b = shortYear(birth);
  const d = shortYear(death);
  if (b && d) return `${b}–${d}`;
  if (b) return `b. ${b}`;
  if (d) return `d. ${d}`;
  return '';
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Completed years between two day-precision dates of the same calendar, else null. */
export function ageBetween(birth: PartialDate | null, death: PartialDate | null): number | null {
  if (!birth || !death || birth.precision < 11 || death.precision < 11 || birth.calendar !== death.calendar)
    return null;
  if (birth.bce || death.bce || birth.month === undefined || death.month === undefined) return null;
  const beforeBirthday =
    death.month < birth.month || (death.month === birth.month && (death.day ?? 0) < (birth.day ?? 0));
  const age = death.year - birth.year - (beforeBirthday ? 1 : 0);
  return age >= 0 && age < 150 ? age : null;
}
