import { HarnessError } from '../../errors/harness-error.js';

/** A node-level action (exec, kubelet stop/start, runtime restart) on a cluster podlife does not run. */
export class NodeActionsUnavailableError extends HarnessError {
  readonly code = 'NODE_ACTIONS_UNAVAILABLE';

  constructor(
    readonly action: string,
    readonly reason: string,
  ) {
    super(`cannot ${action}: ${reason}`);
  }
}
