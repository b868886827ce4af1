/** Dates as the exporters show them: attribute strings, years for timelines, short label years. */
import type { PartialDate } from '../person/types.js';

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
