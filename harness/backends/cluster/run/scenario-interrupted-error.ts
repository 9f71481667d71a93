import { HarnessError } from '../../../errors/harness-error.js';

/** The run was interrupted (SIGINT, an abort); the scenario's namespace was removed. */
export class ScenarioInterruptedError extends HarnessError {
  readonly code = 'INTERRUPTED';
  override readonly exitCode = 130;
}
