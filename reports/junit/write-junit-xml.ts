import { join } from 'node:path';
import type { RunResult } from '../../harness/runner/run-result.js';
import { writeReportFile } from '../write-report-file.js';
import { junitXml } from './junit-xml.js';

/** `junit.xml` beside results.json, written atomically. */
export async function writeJunitXml(dir: string, result: RunResult): Promise<string> {
  const file = join(dir, 'junit.xml');
  await writeReportFile(file, junitXml([result]));
  return file;
}
