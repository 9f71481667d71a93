import type { RunResult } from '../harness/runner/run-result.js';
import { writeReportHtml } from './html/write-report-html.js';
import { writeResultsJson } from './json/write-results-json.js';
import { writeJunitXml } from './junit/write-junit-xml.js';

export interface WrittenReports {
  files: string[];
}

/**
 * Every report of a run, into its report directory. Each file is written atomically (a
 * reader sees the old file or the whole new one), and results.json goes first: it is the
 * record the others are derived from, so a failure while rendering them cannot cost it,
 * and `podlife compare results.json` can draw the page again.
 */
export async function writeRunReports(dir: string, result: RunResult): Promise<WrittenReports> {
  const files: string[] = [];
  files.push(await writeResultsJson(dir, result));
  files.push(await writeJunitXml(dir, result));
  files.push(await writeReportHtml(dir, result));
  return { files };
}
