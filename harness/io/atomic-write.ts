import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { ensureDirectory } from './ensure-directory.js';

/**
 * Writes a file so that readers see either the old content or the whole new one, never a
 * half-written file: write a temporary sibling, then rename it over the target.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await ensureDirectory(dirname(path));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
