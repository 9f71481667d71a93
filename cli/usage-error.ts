import { HarnessError } from '../harness/errors/harness-error.js';

/** The command line itself is wrong: unknown command or option, missing argument. */
export class UsageError extends HarnessError {
  readonly code = 'USAGE';

  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}
