import { HarnessError } from '../harness/errors/harness-error.js';

/** A report file could not be written (a read-only directory, a full disk, a bad --out path). */
export class ReportWriteError extends HarnessError {
  readonly code = 'REPORT_WRITE';
}
