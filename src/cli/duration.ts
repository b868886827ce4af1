import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `90`, `90s`, `30m`, `12h`, `7d`, `2w` -> milliseconds. */
export function parseDuration(value: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/i.exec(value);
  if (!match)
    throw new UsageError(
      'INVALID_OPTION',
      `Expected ${flag} to be a duration like 30m, 12h or 7d, got ${JSON.stringify(value)}`,
    );
  return Number(match[1]) * (UNITS[(match[2] || 's').toLowerCase()] ?? 1000);
}
