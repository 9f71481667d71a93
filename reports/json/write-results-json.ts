import { join } from 'node:path';
import { writeFileAtomic } from '../../harness/io/atomic-write.js';
import type { RunResult } from '../../harness/runner/run-result.js';

/** `results.json`: the whole RunResult (schema in reports/json/results.schema.json). Written atomically. */
export async function writeResultsJson(dir: string, result: RunResult): Promise<string> {
  const file = join(dir, 'results.json');
  await writeFileAtomic(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
