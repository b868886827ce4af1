import { UsageError } from '../errors.js';
import type { ItemId } from '../ids.js';

export const DEFAULT_MAX_GENERATIONS = 10;
/** In-law relationships look this many generations up from the spouse (2: grandparent, parent, sibling, uncle, nephew, cousin, child, grandchild). */
export const DEFAULT_IN_LAW_GENERATIONS = 2;

/** A whole number within bounds, or a UsageError saying what was expected and what arrived. */
export function checkWholeNumber(name: string, value: unknown, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new UsageError(
    'INVALID_OPTION',
    `Expected ${name} to be a whole number from ${min} to ${max}, got ${JSON.stringify(value) ?? String(value)} (${typeof value})`,
  );
}

/** A person cannot be related to themself: the same id twice is a UsageError. */
export function checkDistinct(a: ItemId, b: ItemId, detail = ''): void {
  if (a === b) {
    throw new UsageError('INVALID_OPTION', `Expected two different people, got the same person twice: ${a}${detail}`);
  }
}
