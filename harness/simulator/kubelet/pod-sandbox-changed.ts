import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';

/**
 * pkg/kubelet/kuberuntime/util `PodSandboxChanged`: a new sandbox is needed when there is
 * none, more than one is ready, or the newest is not ready (e.g. after a node reboot).
 */
export function podSandboxChanged(runtime: RuntimePodStatus): { changed: boolean; attempt: number } {
  const newest = runtime.sandboxes[0];
  if (!newest) return { changed: true, attempt: 0 };
  const ready = runtime.sandboxes.filter((s) => s.ready).length;
  if (ready > 1 || !newest.ready) return { changed: true, attempt: newest.attempt + 1 };
  return { changed: false, attempt: newest.attempt };
}
