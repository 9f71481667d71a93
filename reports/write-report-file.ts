import { access, constants, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../harness/io/atomic-write.js';
import { ensureDirectory } from '../harness/io/ensure-directory.js';
import { ReportWriteError } from './report-write-error.js';

/**
 * Writes a report atomically (readers see the old file or the whole new one, never half),
 * turning the file system's errors into one line that names the file.
 */
export async function writeReportFile(path: string, content: string): Promise<string> {
  try {
    await writeFileAtomic(path, content);
  } catch (cause) {
    throw new ReportWriteError(`cannot write ${path}: ${fileSystemReason(cause)}`, { cause });
  }
  return path;
}

/**
 * Makes sure reports can go to `dir` before a run starts: creates it (and its parents) and
 * checks it is writable, so that a long run does not end unable to report.
 */
export async function prepareReportDirectory(dir: string): Promise<void> {
  const existing = await stat(dir).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new ReportWriteError(`cannot write reports to ${dir}: it is a file`);
  try {
    await ensureDirectory(dir);
    await access(dir, constants.W_OK);
  } catch (cause) {
    throw new ReportWriteError(`cannot write reports to ${dir}: ${fileSystemReason(cause)}`, { cause });
  }
}

/** A file system error in a few words. */
function fileSystemReason(cause: unknown): string {
  const e = cause as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a parent is not a directory',
    EEXIST: 'a parent is not a directory',
    ENOENT: 'the file system does not allow creating it',
  };
  return reasons[e.code ?? ''] ?? e.message;
}
