import type { Backend } from '../backend.js';
import { ClusterBackend } from './cluster-backend.js';
import { PROVIDER_NAMES, type ProviderName } from './cluster-provider.js';
import { resolveClusterBackendOptions } from './run/cluster-backend-options.js';

/**
 * `cluster:local`, `cluster:kind`, `cluster:kubeconfig` for the command line. The
 * kubeconfig provider reads KUBECONFIG (first entry) or ~/.kube/config and
 * PODLIFE_KUBE_CONTEXT; images and concurrency come from the environment
 * (cluster-options.ts, cluster-backend-options.ts).
 */
export function clusterBackendNamed(name: string): Backend | undefined {
  const match = /^cluster:(.+)$/.exec(name);
  if (!match) return undefined;
  const provider = match[1] as ProviderName;
  if (!(PROVIDER_NAMES as readonly string[]).includes(provider)) return undefined;
  const context = process.env.PODLIFE_KUBE_CONTEXT;
  return new ClusterBackend(resolveClusterBackendOptions({
    provider,
    ...(provider === 'kubeconfig' ? { cluster: { ...(context ? { context } : {}) } } : {}),
  }));
}
