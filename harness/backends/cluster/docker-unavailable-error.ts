import { HarnessError } from '../../errors/harness-error.js';

/** No Docker engine answers, so no node container can be started or cleaned up. */
export class DockerUnavailableError extends HarnessError {
  readonly code = 'DOCKER_UNAVAILABLE';

  constructor(options?: { cause?: unknown }) {
    super('Docker is not running: start dockerd (or Docker Desktop), or run `npm run cluster:image`, which starts one', options);
  }
}
