import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p`: creates the directory and any missing parents, one level at a time. Node 20's
 * `mkdir(path, { recursive: true })` never returns where the file system answers ENOENT for a
 * path whose parent exists (a directory under /proc, say); each level here fails with the
 * file system's own error instead (ENOENT, EACCES, ENOTDIR, EROFS).
 */
export async function ensureDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = resolve(dir); ; current = dirname(current)) {
    const found = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', path: current });
      break;
    }
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const level of missing.reverse()) {
    await mkdir(level).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
