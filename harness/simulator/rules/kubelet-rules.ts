import type { ProbeType } from '../../../specs/model/behaviour.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import { isTerminalPhase, type PodPhase } from '../../../specs/model/pod-phase.js';
import type { Millis } from '../../../specs/model/time.js';
import { computeInitContainerActions } from '../kubelet/compute-init-container-actions.js';
import type { ProbeResultsView } from '../kubelet/compute-pod-actions.js';
import { FlowControlBackoff } from '../kubelet/flow-control-backoff.js';
import { TerminationOrdering } from '../kubelet/termination-ordering.js';
import type { RecordView } from '../runtime/container-record.js';
import type { SimulatorOptions } from '../simulator-options.js';
import { getPhase } from '../status/get-phase.js';
import { containersReadyCondition, type GeneratedCondition } from '../status/pod-conditions.js';
import { terminatePodStatus } from '../status/terminate-pod-status.js';

export const KILL_ORDERS = ['preStop-then-signal', 'signal-then-preStop'] as const;
export type KillOrder = (typeof KILL_ORDERS)[number];

/**
 * The kubelet's decisions the simulator takes through this table, one rule each, with its
 * source. The defaults are Kubernetes; a mutant (harness/mutants/) replaces one rule with a
 * plausible bug, to show that the invariants notice.
 */
export interface KubeletRules {
  /** R1.3 — kubelet_pods.go getPhase */
  getPhase: typeof getPhase;
  /** R1.4 — generateAPIPodStatus: a terminal phase seen in the cache or the API is kept. */
  keepTerminalPhase(generated: PodPhase, cached: PodPhase, api: PodPhase): PodPhase;
  /** R1.4 — generateAPIPodStatus: when the API shows a terminal phase, any other phase is forced back ("illegal phase transition"). */
  apiTerminalPhaseIsFinal: boolean;
  /** R1.4 — pod_workers.go: a terminated pod is not synced again. */
  terminatedPodsStaySynced: boolean;
  /** R5.10 — active_deadline.go: once past, every status generated says Failed/DeadlineExceeded. */
  deadlineIsSticky: boolean;
  /** R2.1–R2.11 — kuberuntime_container.go computeInitContainerActions */
  computeInitContainerActions: typeof computeInitContainerActions;
  /** R3.7–R3.9 — computePodActions: the probe result that makes the kubelet kill a running container. */
  probeKillReason(probes: ProbeResultsView, recordId: number): 'LivenessProbe' | 'StartupProbe' | undefined;
  /** R3.4 — prober worker.go: does this probe wait until the container is started? */
  probeWaitsForStartup(type: ProbeType): boolean;
  /** R4.3, R4.4 — kubelet.go newCrashLoopBackOff */
  crashLoopBackOff(options: SimulatorOptions): FlowControlBackoff;
  /** R4.6 — startContainer: the newest record's count + 1, else from the log directory. */
  nextRestartCount(newest: RecordView | undefined, fromLogs: number): number;
  /** R5.3 — killContainer: preStop runs before the stop signal. */
  killOrder: KillOrder;
  /** R5.3 step 5 — CRI StopContainer(timeout): SIGKILL this long after SIGTERM. */
  stopTimeout(graceSeconds: number): Millis;
  /** R2.13 — kuberuntime_termination_order.go newTerminationOrdering */
  terminationOrdering(spec: PodSpec, running: ReadonlySet<string>): TerminationOrdering;
  /** R6.5 — status/generate.go GenerateContainersReadyCondition */
  containersReadyCondition: typeof containersReadyCondition;
  /**
   * R6.8 — status_manager.go updateLastTransitionTime. A condition stamped again unchanged (same
   * type, status, reason and message as `previous`) must keep `previous`'s time: the status
   * manager relies on that to skip restamping what did not change.
   */
  lastTransitionTime(previous: PodCondition | undefined, next: GeneratedCondition, now: Millis): Millis;
  /** R1.8 — status_manager.go TerminatePod */
  terminatePodStatus: typeof terminatePodStatus;
}

export const KUBERNETES_RULES: KubeletRules = {
  getPhase,
  keepTerminalPhase: (generated, cached, api) => {
    if (isTerminalPhase(generated)) return generated;
    if (isTerminalPhase(cached)) return cached;
    if (isTerminalPhase(api)) return api;
    return generated;
  },
  apiTerminalPhaseIsFinal: true,
  terminatedPodsStaySynced: false,
  deadlineIsSticky: true,
  computeInitContainerActions,
  probeKillReason: (probes, recordId) => {
    if (probes.liveness(recordId) === 'Failure') return 'LivenessProbe';
    if (probes.startup(recordId) === 'Failure') return 'StartupProbe';
    return undefined;
  },
  probeWaitsForStartup: (type) => type !== 'startup',
  crashLoopBackOff: (o) => new FlowControlBackoff(o.crashLoopBackOffInitial, o.crashLoopBackOffMax, o.crashLoopBackOffReset),
  nextRestartCount: (newest, fromLogs) => (newest ? newest.restartCount + 1 : fromLogs),
  killOrder: 'preStop-then-signal',
  stopTimeout: (graceSeconds) => graceSeconds * 1000,
  terminationOrdering: (spec, running) => new TerminationOrdering(spec, running),
  containersReadyCondition,
  lastTransitionTime: (previous, next, now) => (previous && previous.status === next.status ? previous.lastTransitionTime : now),
  terminatePodStatus,
};
