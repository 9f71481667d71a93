import type { StartedTestContainer } from 'testcontainers';
import type { NodeExecResult, NodeHandle } from './cluster-provider.js';
import { run, type NodeShell } from './node-shell.js';

/** Node-level actions on a node container, through `docker exec`. */
export class ContainerNodeHandle implements NodeHandle, NodeShell {
  readonly available = true;
  readonly unavailableReason = undefined;

  constructor(private readonly container: StartedTestContainer) {}

  async exec(command: readonly string[]): Promise<NodeExecResult> {
    const { exitCode, stdout, stderr } = await this.container.exec([...command]);
    return { exitCode, stdout, stderr };
  }

  async writeFile(path: string, content: string | Buffer): Promise<void> {
    await this.container.copyContentToContainer([{ content, target: path, mode: 0o644 }]);
  }

  async stopKubelet(): Promise<void> {
    await run(this, ['systemctl', 'stop', 'kubelet']);
  }

  async startKubelet(): Promise<void> {
    await run(this, ['systemctl', 'start', 'kubelet']);
  }

  async restartContainerRuntime(): Promise<void> {
    await run(this, ['systemctl', 'restart', 'containerd']);
  }
}
