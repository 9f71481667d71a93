import { isTerminalPhase, type PodPhase } from '../../../specs/model/pod-phase.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';
import { isCoroutine, type Coroutine, type Eventually } from '../engine/latch.js';
import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import { pastActiveDeadline } from './active-deadline.js';
import { generateApiPodStatus } from './generate-api-pod-status.js';
import type { Kubelet } from './kubelet.js';
import { runtimeSyncPod, type RuntimeSyncResult } from './runtime-sync-pod.js';
import { SyncInputs } from './sync-inputs.js';

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
  if (isTerminalPhase(publishStatus(k, podStatus))) return TERMINAL;
  const result = runtimeSyncPod(k, alive, podStatus);
  return isCoroutine(result) ? outcomeAfter(k, result) : outcomeOf(k, result);
}

/**
 * generateAPIPodStatus, then the status manager; returns the phase generated. When nothing the
 * two read changed since the last sync — the same runtime status, reason cache, prober and pod
 * object, the same cached status, the active deadline on the same side — and that sync's status
 * was kept unchanged, this one would generate the same status and keep it too: it is not made.
 */
function publishStatus(k: Kubelet, podStatus: RuntimePodStatus): PodPhase {
  const memo = k.published;
  const before = k.statusManager.status();
  const pastDeadline = pastActiveDeadline(k.ctx.api.spec, before.startTime, k.ctx.scheduler.now);
  if (memo.kept && memo.status === before && memo.pastDeadline === pastDeadline && memo.inputs.same(k, podStatus)) return memo.phase;
  memo.inputs.take(k, podStatus);
  const status = generateApiPodStatus(k, podStatus, false);
  k.statusManager.setPodStatus(status);
  memo.status = k.statusManager.status();
  memo.kept = memo.status === before;
  memo.pastDeadline = pastDeadline;
  memo.phase = status.phase;
  return status.phase;
}

/** What publishStatus last published from (see there). */
export class PublishedStatus {
  readonly inputs = new SyncInputs();
  status: PodStatus | null = null;
  kept = false;
  pastDeadline = false;
  phase: PodPhase = 'Pending';

  forget(): void {
    this.inputs.forget();
    this.status = null;
    this.kept = false;
  }
}

function* outcomeAfter(k: Kubelet, converging: Coroutine<RuntimeSyncResult>): Coroutine<SyncOutcome> {
  return outcomeOf(k, yield* converging);
}

function outcomeOf(k: Kubelet, result: RuntimeSyncResult): SyncOutcome {
  k.reasonCache.update(result.starts);
  return result.failed ? FAILED : SYNCED;
}
