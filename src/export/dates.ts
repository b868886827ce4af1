/** Dates as the exporters show them: attribute strings, years for timelines, short label years. */
import type { PartialDate } from '../person/types.js';

/** `1819-05-24`, `1819-05`, `1819`, `1810s`, `c. 1800`; BCE years get ` BCE`, Julian dates ` (Julian)`. */
export function formatDate(date: PartialDate | null): string | null {
  if (!date) return null;
  const year = Math.abs(date.year);
  const era = date.bce ? ' BCE' : '';
  if (date.precision < 8) return `c. ${year}${era}`;
  if (date.precision === 8) return `${Math.floor(year / 10) * 10}s${era}`;
  let text = String(year).padStart(4, '0');
  if (date.precision >= 10 && date.month) text += `-${pad2(date.month)}`;
  if (date.precision >= 11 && date.month && date.day) text += `-${pad2(date.day)}`;
  const julian = date.calendar === 'julian' && date.precision >= 10 ? ' (Julian)' : '';
  return `${text}${era}${julian}`;
}

/** Signed year (1 BCE = -1), or null. */
export function yearOf(date: PartialDate | null): number | null {
  return date ? date.year : null;
}

/** Short year for a drawing: `1819`, `44 BC`, `c. 1800`. */
export function shortYear(date: PartialDate | null): string {
  if (!date) return '';
  const year = `${Math.abs(date.year)}${date.bce ? ' BC' : ''}`;
  return date.precision < 9 ? `c. ${year}` : year;
}

/** `1819–1901`, `b. 1819`, `d. 1901`, or empty. */
export function lifeSpan(birth: PartialDate | null, death: PartialDate | null): string {
  const b = shortYear(birth);
  const d = shortYear(death);
  if (b && d) return `${b}–${d}`;
  if (b) return `b. ${b}`;
  if (d) return `d. ${d}`;
  return '';
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
