import { UsageError } from './errors.js';

/**
 * A whole number given on the command line or to the library: plain decimal digits only (`0x3`,
 * `+2`, `" 2"`, `2.0` and an empty value are refused), within [min, max]. The message names the
 * option, the expected form and what arrived.
 */
export function parseWholeNumber(flag: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  let number = Number.NaN;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && /^[0-9]+$/.test(value)) number = Number(value);
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `from ${min} and up` : `from ${min} to ${max}`;
    throw new UsageError('INVALID_OPTION', `Expected ${flag} to be a whole number ${range}, got ${describe(value)}`);
  }
  return number;
}

function describe(value: unknown): string {
  if (value === undefined || value === '') return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return `${value.length} values (give it once)`;
  return String(value);
}
