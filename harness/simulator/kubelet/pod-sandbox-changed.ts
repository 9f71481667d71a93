import type { RuntimePodStatus, SandboxChange } from '../runtime/runtime-pod-status.js';

/**
 * pkg/kubelet/kuberuntime/util `PodSandboxChanged`: a new sandbox is needed when there is
 * none, more than one is ready, or the newest is not ready (e.g. after a node reboot).
 * Worked out once per runtime status (a status never changes).
 */
export function podSandboxChanged(runtime: RuntimePodStatus): SandboxChange {
  return (runtime.sandboxChange ??= sandboxChange(runtime));
}

function sandboxChange(runtime: RuntimePodStatus): SandboxChange {
  const newest = runtime.sandboxes[0];
  if (!newest) return { changed: true, attempt: 0 };
  let ready = 0;
  for (const s of runtime.sandboxes) if (s.ready) ready++;
  if (ready > 1 || !newest.ready) return { changed: true, attempt: newest.attempt + 1 };
  return { changed: false, attempt: newest.attempt };
}
