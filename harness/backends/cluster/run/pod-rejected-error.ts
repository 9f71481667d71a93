import { ScenarioRefusedError } from '../../../errors/scenario-refused-error.js';

/**
 * The API server refused the scenario's Pod. Not an infrastructure failure as such:
 * the scenario is valid for podlife's model, so a rejection is a difference between
 * the model's validation and the real API server's, worth reporting as one.
 */
export class PodRejectedError extends ScenarioRefusedError {
  readonly code = 'CLUSTER_POD_REJECTED';
}
