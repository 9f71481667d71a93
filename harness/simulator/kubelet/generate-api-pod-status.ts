import type { Container } from '../../../specs/model/pod-manifest.js';
import { isTerminalPhase } from '../../../specs/model/pod-phase.js';
import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import { convertContainerStatuses } from '../status/container-statuses.js';
import { initializedCondition, readyCondition } from '../status/pod-conditions.js';
import type { GeneratedPodStatus } from '../status/status-manager.js';
import { podSandboxChanged } from './pod-sandbox-changed.js';
import { shouldContainerBeRestarted } from './restart-decision.js';
import type { Kubelet } from './kubelet.js';
import { pastActiveDeadline } from './active-deadline.js';

/** R5.10 — active_deadline.go `ShouldEvict` */
export const DEADLINE_REASON = 'DeadlineExceeded';
export const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';

/**
 * R1.3–R1.5, R5.10, R6.* — pkg/kubelet/kubelet_pods.go `generateAPIPodStatus`: container
 * statuses, phase (a terminal phase once seen stays), the active deadline, and the
 * kubelet's conditions in its order.
 */
export function generateApiPodStatus(k: Kubelet, runtime: RuntimePodStatus, podIsTerminal: boolean): GeneratedPodStatus {
  const { api } = k.ctx;
  const spec = api.spec;
  const old = k.statusManager.status();
  const inits = spec.initContainers ?? [];
  const deleting = api.deletionTimestamp !== null;
  const shouldRestart = (c: Container) => shouldContainerBeRestarted(c, spec, runtime, deleting);
  const hasInitContainers = inits.length > 0;
  const reasons = k.reasonCache.view;
  const initContainerStatuses = convertContainerStatuses({ runtime, hasInitContainers, deleting, reasons, shouldRestart, containers: inits, previous: old.initContainerStatuses, isInit: true });
  const containerStatuses = convertContainerStatuses({ runtime, hasInitContainers, deleting, reasons, shouldRestart, containers: spec.containers, previous: old.containerStatuses, isInit: false });
  k.prober.updatePodStatus(spec, initContainerStatuses, containerStatuses);

  // HasAnyActiveRegularContainerStarted: a regular container exists in the newest sandbox.
  const sandbox = runtime.sandboxes[0];
  const podHasInitialized = sandbox !== undefined && spec.containers.some((c) => runtime.byName.get(c.name)?.some((r) => r.sandbox === sandbox.attempt));

  const rules = k.ctx.rules;
  let phase = rules.keepTerminalPhase(rules.getPhase(spec, initContainerStatuses, containerStatuses, podIsTerminal, podHasInitialized), old.phase, api.status.phase);
  let reason: string | undefined;
  let message: string | undefined;
  if (phase === old.phase) {
    reason = old.reason || api.status.reason || undefined;
    message = old.message || api.status.message || undefined;
  }
  if (pastActiveDeadline(spec, old.startTime, k.ctx.scheduler.now) && (rules.deadlineIsSticky || !isTerminalPhase(old.phase))) {
    phase = 'Failed';
    reason = DEADLINE_REASON;
    message = DEADLINE_MESSAGE;
  }
  // R1.4: "Pod attempted illegal phase transition" — the API's terminal phase wins, even over an eviction.
  if (rules.apiTerminalPhaseIsFinal && isTerminalPhase(api.status.phase) && phase !== api.status.phase) phase = api.status.phase;

  const all = [...initContainerStatuses, ...containerStatuses];
  const containersReady = rules.containersReadyCondition(spec, all, phase);
  const conditions = [
    { type: 'PodReadyToStartContainers', status: podSandboxChanged(runtime).changed ? 'False' : 'True' } as const,
    initializedCondition(spec, all, phase),
    readyCondition(spec, api.status.conditions, containersReady),
    containersReady,
    { type: 'PodScheduled', status: 'True' } as const,
  ];
  const status: GeneratedPodStatus = { phase, conditions, initContainerStatuses, containerStatuses, qosClass: api.status.qosClass, startTime: old.startTime };
  if (reason !== undefined) status.reason = reason;
  if (message !== undefined) status.message = message;
  return status;
}
