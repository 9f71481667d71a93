import { HarnessError } from '../../harness/errors/harness-error.js';

/** A results file that cannot be read, is not JSON, or is not a results.json podlife knows. */
export class ResultsFileError extends HarnessError {
  readonly code = 'RESULTS_FILE';
}
