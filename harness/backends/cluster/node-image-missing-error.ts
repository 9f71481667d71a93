import { HarnessError } from '../../errors/harness-error.js';

/** The offline node image has not been built on this machine. */
export class NodeImageMissingError extends HarnessError {
  readonly code = 'NODE_IMAGE_MISSING';

  constructor(readonly image: string) {
    super(`the node image ${image} is not built: run \`npm run cluster:image\` (the first build takes a few minutes)`);
  }
}
