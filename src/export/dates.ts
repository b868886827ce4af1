/** Dates as the exporters show them: attribute strings, years for timelines, short label years. */
import type { PartialDate } from '../person/types.js';

/** Signed year (1 BCE = -1), or null. */
export function yearOf(date: PartialDate | null): number | null {
  return date ? date.year : null;
}

/** Short year for a drawing: `1819`, `44 BC`, `1810s`, `18th c.` (Wikidata's centuries), `c. 3000 BC`. */
export function shortYear(date: PartialDate | null): string {
  if (!date) return '';
  const bc = date.bce ? ' BC' : '';
  const year = Math.abs(date.year);
  if (date.precision >= 9) return `${year}${bc}`;
  if (date.precision === 8) return `${Math.floor(year / 10) * 10}s${bc}`;
  if (date.precision === 7) return `${ordinal(Math.max(1, Math.ceil(year / 100)))} c.${bc}`;
  return `c. ${year}${bc}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
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
