/**
 * Directories for the store and the outputs: created one level at a time (Node's recursive
 * mkdir loops forever under /proc), and proven writable by a real test write, since `access()`
 * says yes to root even on a read-only filesystem.
 */
import { closeSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { printablePath } from './printable.js';

/** Creates `dir` and any missing parents; a UsageError (exit 2) names what is wrong. */
export function ensureDirectory(dir: string, what: string): void {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const kind = kindOf(current);
    if (kind === 'directory') break;
    if (kind === 'other')
      throw new UsageError('FILE_UNWRITABLE', `Cannot use ${what}: ${printablePath(current)} is not a directory`);
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && kindOf(path) === 'directory') continue;
      throw new UsageError(
        'FILE_UNWRITABLE',
        `Cannot create the directory ${printablePath(path)} for ${what} (${code ?? 'error'})`,
        { cause: error },
      );
    }
  }
}

/** Writes and removes a small file in `dir`: the only check that holds for root and read-only mounts. */
export function probeWritable(dir: string, what: string): void {
  const probe = join(dir, `.wdkin-probe-${randomBytes(4).toString('hex')}.tmp`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      'FILE_UNWRITABLE',
      `Cannot write ${what}: directory ${printablePath(dir)} is not writable (${code ?? 'error'})`,
      { cause: error },
    );
  }
}

function kindOf(path: string): 'directory' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'ENOTDIR') return 'other';
    throw new UsageError('FILE_UNWRITABLE', `Cannot use ${printablePath(path)} (${code ?? 'error'})`, { cause: error });
  }
}
