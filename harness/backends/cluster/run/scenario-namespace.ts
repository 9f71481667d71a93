import { setTimeout as sleep } from 'node:timers/promises';
import type { CoreV1Api } from '@kubernetes/client-node';
import { apiFailure } from '../inject/api-failure.js';
import { ClusterRunError } from './cluster-run-error.js';

/**
 * Creates the scenario's namespace and waits for its `default` ServiceAccount: the
 * ServiceAccount admission plugin refuses Pods until the controller has made it.
 */
export async function createScenarioNamespace(api: CoreV1Api, name: string, labels: Record<string, string>, signal?: AbortSignal): Promise<void> {
  await api.createNamespace({ body: { metadata: { name, labels } } });
  const deadline = Date.now() + 60_000;
  for (;;) {
    signal?.throwIfAborted();
    const ready = await api.readNamespacedServiceAccount({ name: 'default', namespace: name }).then(() => true, () => false);
    if (ready) return;
    if (Date.now() > deadline) throw new ClusterRunError(`namespace ${name}: its default ServiceAccount did not appear within 60 s (is the controller manager running?)`);
    await sleep(100);
  }
}

/**
 * Removes the scenario's Pod at once (grace 0: the kubelet still gives its containers
 * 2 s, R5.9) and its namespace, and waits, up to `timeoutMs`, until the namespace is
 * gone. Returns false if it was still there at the deadline.
 */
export async function deleteScenarioNamespace(api: CoreV1Api, name: string, podName: string, timeoutMs: number): Promise<boolean> {
  await api.deleteNamespacedPod({ name: podName, namespace: name, gracePeriodSeconds: 0 }).catch(ignoreNotFound);
  await api.deleteNamespace({ name, gracePeriodSeconds: 0 }).catch(ignoreNotFound);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await api.readNamespace({ name }).then(
      () => 'exists' as const,
      (error: unknown) => {
        const { code } = apiFailure(error);
        // No HTTP answer at all: the cluster itself is gone (stopped on Ctrl-C); nothing to wait for.
        return code === 404 ? 'gone' as const : code === undefined ? 'unreachable' as const : 'exists' as const;
      },
    );
    if (state === 'gone') return true;
    if (state === 'unreachable') return false;
    await sleep(500);
  }
  return false;
}

function ignoreNotFound(error: unknown): void {
  if (apiFailure(error).code !== 404) throw error;
}
