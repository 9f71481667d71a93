import { HarnessError } from '../../errors/harness-error.js';

/** A command run on the node (systemctl, kubeadm, kubectl) failed. */
export class NodeCommandError extends HarnessError {
  readonly code = 'NODE_COMMAND_FAILED';

  constructor(
    readonly command: readonly string[],
    readonly commandExitCode: number,
    readonly output: string,
  ) {
    super(`\`${command.join(' ')}\` failed on the node with exit code ${commandExitCode}${output.trim() ? `:\n${tail(output)}` : ''}`);
  }
}

/** The end of a long output is where the reason is. */
function tail(output: string, lines = 20): string {
  return output.trim().split('\n').slice(-lines).join('\n');
}
