/**
 * All-or-nothing file writes. Each file's data goes to a temporary file in the target's own
 * directory (same filesystem, so the rename is atomic), is flushed, and gets the mode (and, for
 * root, the owner) of the file it replaces. Only when every temporary file is complete are they
 * renamed over their targets: several outputs are all replaced or none is. Temporary files are
 * removed on any error, and `removeTempFilesSync` removes them on SIGINT/SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { printablePath } from './printable.js';

export interface FileToWrite {
  /** The real file to replace or create (symlinks already resolved). */
  target: string;
  data: string | Uint8Array;
  /** The replaced file's mode and owner, kept. */
  keep?: { mode: number; uid: number; gid: number } | null;
}

const pending = new Set<string>();

/** Writes every file, then renames them all; returns the bytes written per file. */
export async function writeFilesAtomically(files: readonly FileToWrite[]): Promise<number[]> {
  const temps: string[] = [];
  const sizes: number[] = [];
  try {
    for (const file of files) {
      const temp = join(dirname(file.target), `.wdkin-${randomBytes(6).toString('hex')}.tmp`);
      pending.add(temp);
      temps.push(temp);
      sizes.push(await writeTemp(temp, file));
    }
  } catch (error) {
    await Promise.all(temps.map(discard));
    throw unwritable(files[temps.length - 1]?.target ?? '', error, 'nothing was replaced');
  }
  for (const [i, file] of files.entries()) {
    try {
      await rename(temps[i]!, file.target);
      pending.delete(temps[i]!);
    } catch (error) {
      await Promise.all(temps.slice(i).map(discard));
      throw unwritable(file.target, error, i > 0 ? 'the outputs before it were replaced' : 'nothing was replaced');
    }
  }
  return sizes;
}

/** Removes every temporary file still being written (for signal handlers: synchronous). */
export function removeTempFilesSync(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

async function writeTemp(temp: string, file: FileToWrite): Promise<number> {
  const bytes = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
  const handle = await open(temp, 'wx', file.keep ? file.keep.mode & 0o7777 : 0o666);
  try {
    await handle.writeFile(bytes);
    if (file.keep) {
      await handle.chmod(file.keep.mode & 0o7777);
      if (process.getuid?.() === 0) await handle.chown(file.keep.uid, file.keep.gid).catch(() => undefined);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return bytes.length;
}

async function discard(temp: string): Promise<void> {
  pending.delete(temp);
  await unlink(temp).catch(() => undefined);
}

function unwritable(path: string, error: unknown, outcome: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const reason = code === 'ENOSPC' ? 'no space left on the device' : code;
  return new UsageError('FILE_UNWRITABLE', `Cannot write ${printablePath(path)}: ${reason}; ${outcome}`, {
    cause: error,
  });
}
