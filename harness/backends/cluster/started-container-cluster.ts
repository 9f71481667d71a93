import { KubeConfig } from '@kubernetes/client-node';
import type { ClusterInfo, StartedCluster } from './cluster-provider.js';
import type { ContainerNodeHandle } from './container-node-handle.js';
import type { KubeconfigFile } from './kubeconfig-file.js';

/** A cluster running in a node container podlife started (local or kind provider). */
export class StartedContainerCluster implements StartedCluster {
  private stopping: Promise<void> | undefined;

  constructor(
    readonly info: ClusterInfo,
    readonly kubeconfig: string,
    private readonly kubeconfigFile: KubeconfigFile,
    readonly context: string,
    readonly node: ContainerNodeHandle,
    private readonly removeResources: () => Promise<void>,
  ) {}

  get kubeconfigPath(): string {
    return this.kubeconfigFile.path;
  }

  kubeConfig(): KubeConfig {
    const config = new KubeConfig();
    config.loadFromString(this.kubeconfig);
    config.setCurrentContext(this.context);
    return config;
  }

  stop(): Promise<void> {
    this.stopping ??= Promise.all([this.removeResources(), this.kubeconfigFile.remove()]).then(() => undefined);
    return this.stopping;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }
}
