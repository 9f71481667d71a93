import type { ClusterProvider } from './cluster-provider.js';
import type { ResolvedClusterOptions } from './cluster-options.js';
import { ContainerClusterProvider } from './container-cluster-provider.js';
import { KubeconfigProvider } from './kubeconfig-provider.js';

export function createClusterProvider(options: ResolvedClusterOptions): ClusterProvider {
  const { provider, workloadImage, startupTimeoutMs } = options;
  switch (provider) {
    case 'local':
    case 'kind':
      return new ContainerClusterProvider({
        provider,
        image: options.image ?? '',
        workloadImage,
        pullImage: provider === 'kind',
        startupTimeoutMs,
      });
    case 'kubeconfig':
      return new KubeconfigProvider({ kubeconfigPath: options.kubeconfig, context: options.context, workloadImage });
    default: {
      const unknown: never = provider;
      throw new Error(`unknown cluster provider ${String(unknown)}`);
    }
  }
}
