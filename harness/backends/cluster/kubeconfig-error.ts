import { HarnessError } from '../../errors/harness-error.js';

/** The kubeconfig a user pointed at cannot be used: missing, unparsable, unknown context, unreachable API. */
export class KubeconfigError extends HarnessError {
  readonly code = 'KUBECONFIG_INVALID';
}
