import { HarnessError } from '../../harness/errors/harness-error.js';

/** `podlife cluster` was called wrongly; the message ends with the usage text. */
export class ClusterUsageError extends HarnessError {
  readonly code = 'USAGE';

  constructor(problem: string, usage: string) {
    super(`podlife cluster: ${problem}\n\n${usage}`);
  }
}
