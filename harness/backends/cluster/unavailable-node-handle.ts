import type { NodeExecResult, NodeHandle } from './cluster-provider.js';
import { NodeActionsUnavailableError } from './node-actions-unavailable-error.js';

/** The node handle of a cluster podlife did not start: every action says why it cannot run. */
export class UnavailableNodeHandle implements NodeHandle {
  readonly available = false;

  constructor(readonly unavailableReason: string) {}

  exec(command: readonly string[]): Promise<NodeExecResult> {
    return this.refuse(`run \`${command.join(' ')}\` on the node`);
  }

  stopKubelet(): Promise<void> {
    return this.refuse('stop the kubelet');
  }

  startKubelet(): Promise<void> {
    return this.refuse('start the kubelet');
  }

  restartContainerRuntime(): Promise<void> {
    return this.refuse('restart the container runtime');
  }

  private refuse(action: string): Promise<never> {
    return Promise.reject(new NodeActionsUnavailableError(action, this.unavailableReason));
  }
}
