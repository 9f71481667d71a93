import type { ProviderName } from './cluster-provider.js';
import { NODE_IMAGE_VERSIONS } from './node-image-versions.js';

export interface ClusterOptions {
  provider?: ProviderName;
  /** Node image (local, kind). */
  image?: string;
  /** Image scenario scripts run in. */
  workloadImage?: string;
  kubeconfig?: string;
  context?: string;
  startupTimeoutMs?: number;
}

export type ResolvedClusterOptions = Required<Pick<ClusterOptions, 'provider' | 'workloadImage' | 'startupTimeoutMs'>> & {
  image: string | undefined;
  kubeconfig: string | undefined;
  context: string | undefined;
};

/**
 * Fills every default in one place; the result goes into reports. The
 * environment (PODLIFE_NODE_IMAGE, PODLIFE_KIND_IMAGE, PODLIFE_WORKLOAD_IMAGE)
 * lets CI choose images without flags.
 */
export function resolveClusterOptions(options: ClusterOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedClusterOptions {
  const provider = options.provider ?? (options.kubeconfig || options.context ? 'kubeconfig' : 'local');
  const image = provider === 'local'
    ? options.image ?? env.PODLIFE_NODE_IMAGE ?? NODE_IMAGE_VERSIONS.nodeImage
    : provider === 'kind' ? options.image ?? env.PODLIFE_KIND_IMAGE ?? NODE_IMAGE_VERSIONS.kindNodeImage : undefined;
  const workloadImage = options.workloadImage ?? env.PODLIFE_WORKLOAD_IMAGE
    ?? (provider === 'local' ? NODE_IMAGE_VERSIONS.workloadImage : NODE_IMAGE_VERSIONS.kindWorkloadImage);
  return {
    provider,
    image,
    workloadImage,
    kubeconfig: provider === 'kubeconfig' ? options.kubeconfig : undefined,
    context: provider === 'kubeconfig' ? options.context : undefined,
    startupTimeoutMs: options.startupTimeoutMs ?? 180_000,
  };
}
