import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RESULTS_SCHEMA_VERSION, type RunResult } from '../../harness/runner/run-result.js';
import { ResultsFileError } from './results-file-error.js';
import { validateResults } from './validate-results.js';

/**
 * Reads a results.json for `compare`: every way it can be wrong (missing, unreadable, not
 * JSON, another tool's JSON, another schema version, a broken field) becomes one clear
 * message that names the file.
 */
export async function readResultsFile(given: string): Promise<RunResult> {
  // A report directory stands for the results.json inside it.
  const path = await stat(given).then((s) => (s.isDirectory() ? join(given, 'results.json') : given), () => given);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (cause as Error).message;
    throw new ResultsFileError(`${path}: cannot read: ${why}`, { cause });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new ResultsFileError(`${path}: not JSON (${(cause as Error).message}); expected a results.json written by podlife run`, { cause });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('schemaVersion' in value)) {
    throw new ResultsFileError(`${path}: not a podlife results file (no schemaVersion); expected a results.json written by podlife run`);
  }
  const version = (value as { schemaVersion: unknown }).schemaVersion;
  if (version !== RESULTS_SCHEMA_VERSION) {
    throw new ResultsFileError(`${path}: results schema version ${JSON.stringify(version)}, but this podlife reads version ${RESULTS_SCHEMA_VERSION}`);
  }
  const checked = validateResults(value);
  if (!checked.ok) throw new ResultsFileError(`${path}: does not match the results schema v${RESULTS_SCHEMA_VERSION}:\n${checked.errors.map((e) => `  ${e}`).join('\n')}`);
  return checked.result;
}
