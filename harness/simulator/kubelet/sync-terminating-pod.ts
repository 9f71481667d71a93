import type { Coroutine } from '../engine/latch.js';
import { generateApiPodStatus } from './generate-api-pod-status.js';
import { killPod } from './kill-pod.js';
import type { Kubelet } from './kubelet.js';

/**
 * pkg/kubelet/kubelet.go `SyncTerminatingPod`: publish the status, stop liveness and
 * startup probes (R3.11), kill every running container with the effective grace
 * period (R5.2, R5.3), then publish the status computed as terminal (R1.8).
 */
export function* syncTerminatingPod(k: Kubelet, alive: () => boolean, gracePeriodSeconds: number): Coroutine {
  const { runtime } = k.ctx;
  k.statusManager.setPodStatus(generateApiPodStatus(k, runtime.podStatus(), false));
  k.prober.stopLivenessAndStartup();
  yield* killPod(k, alive, runtime.podStatus(), { reason: 'PodTermination', gracePeriodOverride: gracePeriodSeconds, deletionGracePeriodSeconds: k.ctx.api.deletionGracePeriodSeconds });
  k.prober.removePod();
  k.statusManager.setPodStatus(generateApiPodStatus(k, runtime.podStatus(), true));
}

/**
 * `SyncTerminatedPod` + status manager: with every container stopped the terminal phase
 * may reach the API (R1.6); TerminatePod fills in unknown container states (R1.8); a
 * deleted pod is then removed from the API (R5.8).
 */
export function syncTerminatedPod(k: Kubelet): void {
  k.statusManager.setPodStatus(generateApiPodStatus(k, k.ctx.runtime.podStatus(), true));
  k.statusManager.terminatePod();
  k.statusManager.resync();
  const { api } = k.ctx;
  if (api.deletionTimestamp !== null && !api.removed) api.deleteAfterTermination();
}
