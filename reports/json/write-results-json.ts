import { join } from 'node:path';
import type { RunResult } from '../../harness/runner/run-result.js';
import { writeReportFile } from '../write-report-file.js';
import { formatResultsJson } from './format-results-json.js';

/** `results.json`: the whole RunResult (schema in reports/json/results.schema.json). Written atomically. */
export async function writeResultsJson(dir: string, result: RunResult): Promise<string> {
  const file = join(dir, 'results.json');
  await writeReportFile(file, formatResultsJson(result));
  return file;
}
