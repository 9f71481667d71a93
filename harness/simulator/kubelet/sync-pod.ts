import { isTerminalPhase } from '../../../specs/model/pod-phase.js';
import { isCoroutine, type Coroutine, type Eventually } from '../engine/latch.js';
import { generateApiPodStatus } from './generate-api-pod-status.js';
import type { Kubelet } from './kubelet.js';
import { runtimeSyncPod, type RuntimeSyncResult } from './runtime-sync-pod.js';

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
export function syncPod(k: Kubelet, alive: () => boolean): Eventually<SyncOutcome> {
  const podStatus = k.ctx.runtime.podStatus();
  const status = generateApiPodStatus(k, podStatus, false);
  k.statusManager.setPodStatus(status);
  if (isTerminalPhase(status.phase)) return TERMINAL;
  const result = runtimeSyncPod(k, alive, podStatus);
  return isCoroutine(result) ? outcomeAfter(k, result) : outcomeOf(k, result);
}

function* outcomeAfter(k: Kubelet, converging: Coroutine<RuntimeSyncResult>): Coroutine<SyncOutcome> {
  return outcomeOf(k, yield* converging);
}

function outcomeOf(k: Kubelet, result: RuntimeSyncResult): SyncOutcome {
  k.reasonCache.update(result.starts);
  return result.failed ? FAILED : SYNCED;
}
