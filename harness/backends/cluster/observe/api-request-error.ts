import { HarnessError } from '../../../errors/harness-error.js';

/** A request to the API server failed (not a Kubernetes answer the backend expected). */
export class ApiRequestError extends HarnessError {
  readonly code = 'CLUSTER_API_REQUEST_FAILED';

  constructor(
    readonly path: string,
    readonly statusCode: number | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`API request ${path} failed${statusCode ? ` (HTTP ${statusCode})` : ''}: ${detail}`, options);
  }
}
