import type { RunResult } from '../harness/runner/run-result.js';
import { writeResultsJson } from './json/write-results-json.js';

export interface WrittenReports {
  files: string[];
}

/** Every report of a run, into its report directory. */
export async function writeRunReports(dir: string, result: RunResult): Promise<WrittenReports> {
  const files = [await writeResultsJson(dir, result)];
  return { files };
}
