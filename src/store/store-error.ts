/**
 * SQLite failures as one line that names the store and what to do. A store that cannot be used
 * at all (damaged, not a database, read-only, unreachable) is bad input: exit 2. A failure in
 * the middle of a run (disk full, locked too long) is exit 1; the store stays consistent.
 */
import { UsageError, WdkinError } from '../errors.js';
import { printablePath } from '../files/printable.js';

const ADVICE: Array<{ codes: RegExp; problem: string; advice: string; usage: boolean }> = [
  {
    codes: /^SQLITE_(CORRUPT|NOTADB)/,
    problem: 'is damaged or not a wdkin store',
    advice: 'move it away (wdkin rebuilds its cache) or pass another --store',
    usage: true,
  },
  {
    codes: /^SQLITE_READONLY/,
    problem: 'is read-only',
    advice: 'check the file and directory permissions, or pass another --store',
    usage: true,
  },
  {
    codes: /^SQLITE_CANTOPEN|^SQLITE_PERM|^SQLITE_AUTH/,
    problem: 'cannot be opened',
    advice: 'check that its directory exists and is writable, or pass another --store',
    usage: true,
  },
  {
    codes: /^SQLITE_FULL/,
    problem: 'is on a full disk',
    advice: 'free some space or pass --store on another disk',
    usage: false,
  },
  {
    codes: /^SQLITE_(BUSY|LOCKED)/,
    problem: 'is locked by another process',
    advice: 'wait for the other wdkin to finish, or pass another --store',
    usage: false,
  },
  {
    codes: /^SQLITE_IOERR/,
    problem: 'could not be read or written (I/O error)',
    advice: 'check the disk, or pass another --store',
    usage: false,
  },
];

/** Wraps any error thrown by better-sqlite3 for the store at `path`. */
export function storeError(path: string, error: unknown): WdkinError {
  if (error instanceof WdkinError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error).message ?? String(error);
  const known =
    ADVICE.find((entry) => entry.codes.test(code)) ??
    (/not a database|malformed/i.test(message) ? ADVICE[0] : undefined);
  const where = `The store ${printablePath(path)}`;
  if (!known) {
    return new WdkinError(
      'STORE_ERROR',
      `${where} failed: ${message.replace(/\s+/g, ' ')} (pass another --store if this persists)`,
      {
        cause: error,
      },
    );
  }
  const text = `${where} ${known.problem}: ${known.advice}`;
  return known.usage
    ? new UsageError('STORE_ERROR', text, { cause: error })
    : new WdkinError('STORE_ERROR', text, { cause: error });
}
