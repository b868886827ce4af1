/**
 * Atomic file writes: the data goes to a temporary file in the target's own directory (same
 * filesystem, so the rename is atomic), is flushed, then renamed over the target. On any error
 * the temporary file is removed: the target is either the old file or the complete new one.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';

export async function writeFileAtomic(path: string, data: string): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const bytes = Buffer.from(data, 'utf8');
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError('FILE_UNWRITABLE', `Cannot write ${path}: ${code}`, { cause: error });
  }
  return bytes.length;
}
