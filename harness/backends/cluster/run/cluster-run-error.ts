import { HarnessError } from '../../../errors/harness-error.js';

/** A scenario could not be run on the cluster (setup, a fault that could not be carried out, clean-up). */
export class ClusterRunError extends HarnessError {
  readonly code = 'CLUSTER_RUN_FAILED';
}
