import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { ClusterStartError } from './cluster-start-error.js';

/**
 * Waits, through the API as the suite will see it, until a node is Ready and
 * the default ServiceAccount exists (Pods are refused until the controller
 * manager has made it). Returns the Ready node's kubelet version.
 */
export async function waitForClusterReady(kubeConfig: KubeConfig, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  const api = kubeConfig.makeApiClient(CoreV1Api);
  const deadline = Date.now() + timeoutMs;
  let last = 'the API server did not answer';
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    try {
      const nodes = await api.listNode();
      const ready = nodes.items.find((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
      if (!ready) {
        last = `no node is Ready yet (${nodes.items.length} registered)`;
      } else {
        await api.readNamespacedServiceAccount({ name: 'default', namespace: 'default' });
        return ready.status?.nodeInfo?.kubeletVersion ?? 'unknown';
      }
    } catch (error) {
      last = (error as Error).message.split('\n')[0] ?? last;
    }
    await sleep(500, undefined, { signal }).catch(() => undefined);
  }
  throw new ClusterStartError('waiting for a Ready node', `${last} after ${Math.round(timeoutMs / 1000)}s`);
}
