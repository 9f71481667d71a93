import { isTerminalPhase } from '../../../specs/model/pod-phase.js';
import type { Coroutine } from '../engine/latch.js';
import { generateApiPodStatus } from './generate-api-pod-status.js';
import type { Kubelet } from './kubelet.js';
import { runtimeSyncPod } from './runtime-sync-pod.js';

export interface SyncOutcome {
  /** The phase is terminal: the pod worker moves on to terminating the pod. */
  readonly terminal: boolean;
  readonly failed: boolean;
}

const TERMINAL: SyncOutcome = { terminal: true, failed: false };
const FAILED: SyncOutcome = { terminal: false, failed: true };
const SYNCED: SyncOutcome = { terminal: false, failed: false };

/**
 * pkg/kubelet/kubelet.go `SyncPod`: publish the status computed from what the runtime
 * shows now; stop here if the pod is terminal (natural completion, or the active
 * deadline, R5.10); otherwise let the runtime converge, and remember start errors.
 */
export function* syncPod(k: Kubelet, alive: () => boolean): Coroutine<SyncOutcome> {
  const podStatus = k.ctx.runtime.podStatus();
  const status = generateApiPodStatus(k, podStatus, false);
  k.statusManager.setPodStatus(status);
  if (isTerminalPhase(status.phase)) return TERMINAL;
  const result = yield* runtimeSyncPod(k, alive, podStatus);
  k.reasonCache.update(result.starts);
  return result.failed ? FAILED : SYNCED;
}
