import { HarnessError } from '../../errors/harness-error.js';

/** The node container started but Kubernetes did not come up on it; `detail` holds what the node said. */
export class ClusterStartError extends HarnessError {
  readonly code = 'CLUSTER_START_FAILED';

  constructor(
    readonly phase: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`the cluster did not start (${phase})${detail ? `:\n${detail}` : ''}`, options);
  }
}
