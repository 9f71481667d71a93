import type { ClusterOptions, ResolvedClusterOptions } from '../cluster-options.js';
import { resolveClusterOptions } from '../cluster-options.js';
import type { ProviderName } from '../cluster-provider.js';

export interface ClusterBackendOptions {
  provider?: ProviderName;
  /** How to get the cluster (images, kubeconfig, context, start-up timeout). */
  cluster?: Omit<ClusterOptions, 'provider'>;
  /** Scenarios running on the cluster at once; more wait (node-fault scenarios always run alone). */
  maxConcurrentScenarios?: number;
  /** How often the scripts' log is read from the node, in ms (the log's own times are exact). */
  scriptLogPollMs?: number;
  /**
   * Once the pod is removed, or terminal with nothing running, and no fault is left,
   * observation ends after this long instead of at the horizon: nothing observable
   * changes any more.
   */
  settleMs?: number;
  /** Bound on clean-up after the horizon (restoring the node, deleting the namespace). */
  cleanupTimeoutMs?: number;
  /** Keep each scenario's namespace for inspection (debugging; they pile up). */
  keepNamespaces?: boolean;
}

export interface ResolvedClusterBackendOptions {
  provider: ProviderName;
  cluster: ResolvedClusterOptions;
  maxConcurrentScenarios: number;
  scriptLogPollMs: number;
  settleMs: number;
  cleanupTimeoutMs: number;
  keepNamespaces: boolean;
}

/** Fills every default in one place; the result goes into every trace's options. */
export function resolveClusterBackendOptions(options: ClusterBackendOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedClusterBackendOptions {
  const cluster = resolveClusterOptions({ ...options.cluster, ...(options.provider ? { provider: options.provider } : {}) }, env);
  const concurrency = options.maxConcurrentScenarios ?? (env.PODLIFE_CLUSTER_CONCURRENCY ? Number(env.PODLIFE_CLUSTER_CONCURRENCY) : 8);
  return {
    provider: cluster.provider,
    cluster,
    maxConcurrentScenarios: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : 8,
    scriptLogPollMs: options.scriptLogPollMs ?? 1000,
    settleMs: options.settleMs ?? 10_000,
    cleanupTimeoutMs: options.cleanupTimeoutMs ?? 90_000,
    keepNamespaces: options.keepNamespaces ?? env.PODLIFE_KEEP_NAMESPACES === '1',
  };
}
