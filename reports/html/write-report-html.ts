import { join } from 'node:path';
import type { RunResult } from '../../harness/runner/run-result.js';
import { labelRuns } from '../report-run.js';
import { writeReportFile } from '../write-report-file.js';
import { reportHtml } from './report-html.js';

/** `report.html` for one run, written atomically. */
export async function writeReportHtml(dir: string, result: RunResult): Promise<string> {
  const file = join(dir, 'report.html');
  await writeReportFile(file, reportHtml(labelRuns([{ result }])));
  return file;
}
