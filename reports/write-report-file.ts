import { writeFileAtomic } from '../harness/io/atomic-write.js';
import { ReportWriteError } from './report-write-error.js';

/**
 * Writes a report atomically (readers see the old file or the whole new one, never half),
 * turning the file system's errors into one line that names the file.
 */
export async function writeReportFile(path: string, content: string): Promise<string> {
  try {
    await writeFileAtomic(path, content);
  } catch (cause) {
    const e = cause as NodeJS.ErrnoException;
    const why = { EACCES: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left on the device', EISDIR: 'it is a directory', ENOTDIR: 'a parent is not a directory', EEXIST: 'a parent is not a directory' }[e.code ?? ''] ?? e.message;
    throw new ReportWriteError(`cannot write ${path}: ${why}`, { cause });
  }
  return path;
}
