import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig, VersionApi } from '@kubernetes/client-node';
import type { ClusterInfo, ClusterProvider, StartedCluster } from './cluster-provider.js';
import { KubeconfigError } from './kubeconfig-error.js';
import { UnavailableNodeHandle } from './unavailable-node-handle.js';

export interface KubeconfigProviderOptions {
  /** Path of the kubeconfig; default $KUBECONFIG (first entry) or ~/.kube/config. */
  kubeconfigPath: string | undefined;
  /** Context within it; default its current context. */
  context: string | undefined;
  workloadImage: string;
}

const NOT_OURS = 'the cluster comes from --kubeconfig and podlife does not run its node; use --provider local or kind for node-level faults';

/**
 * An existing cluster the user points at. podlife only uses its API: it never
 * stops or changes the cluster, and node-level actions are unavailable.
 */
export class KubeconfigProvider implements ClusterProvider {
  readonly name = 'kubeconfig' as const;

  constructor(readonly options: KubeconfigProviderOptions) {}

  async start(): Promise<StartedCluster> {
    const path = this.options.kubeconfigPath ?? defaultKubeconfigPath();
    if (!existsSync(path)) throw new KubeconfigError(`kubeconfig ${path} does not exist`);
    const config = new KubeConfig();
    try {
      config.loadFromFile(path);
    } catch (cause) {
      throw new KubeconfigError(`kubeconfig ${path} cannot be read: ${(cause as Error).message}`, { cause });
    }
    const context = this.options.context ?? config.getCurrentContext();
    if (!context || !config.getContextObject(context)) {
      const known = config.getContexts().map((c) => c.name).join(', ') || 'none';
      throw new KubeconfigError(`kubeconfig ${path} has no context "${context || '(current)'}" (contexts: ${known})`);
    }
    config.setCurrentContext(context);
    const server = config.getCurrentCluster()?.server ?? '(no server)';
    let version: string;
    try {
      version = (await config.makeApiClient(VersionApi).getCode()).gitVersion;
    } catch (cause) {
      throw new KubeconfigError(`the API server of context "${context}" (${server}) does not answer: ${(cause as Error).message}`, { cause });
    }
    const info: ClusterInfo = { provider: 'kubeconfig', kubernetesVersion: version, nodeName: undefined, workloadImage: this.options.workloadImage, runId: undefined };
    const kubeconfig = config.exportConfig();
    return {
      info,
      kubeconfig,
      kubeconfigPath: path,
      context,
      node: new UnavailableNodeHandle(NOT_OURS),
      kubeConfig: () => {
        const fresh = new KubeConfig();
        fresh.loadFromString(kubeconfig);
        fresh.setCurrentContext(context);
        return fresh;
      },
      stop: async () => undefined,
      [Symbol.asyncDispose]: async () => undefined,
    };
  }
}

function defaultKubeconfigPath(): string {
  const fromEnv = process.env.KUBECONFIG?.split(':').find(Boolean);
  return fromEnv ?? join(homedir(), '.kube', 'config');
}
