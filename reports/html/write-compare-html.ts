import type { ReportRun } from '../report-run.js';
import { writeReportFile } from '../write-report-file.js';
import { reportHtml } from './report-html.js';

/** The comparison page for `podlife compare`, written atomically to `file`. */
export async function writeCompareHtml(file: string, runs: readonly ReportRun[]): Promise<string> {
  await writeReportFile(file, reportHtml(runs));
  return file;
}
