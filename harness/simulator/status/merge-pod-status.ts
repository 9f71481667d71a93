import type { PodCondition } from '../../../specs/model/pod-condition.js';
import { isTerminalPhase } from '../../../specs/model/pod-phase.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';
import type { Millis } from '../../../specs/model/time.js';
import { terminalCondition } from './pod-conditions.js';
import { conditionWith, podStatusWithConditions } from './status-objects.js';

/** R6.1 — pkg/kubelet/types/pod_status.go `PodConditionByKubelet` */
export function isKubeletCondition(type: string): boolean {
  switch (type) {
    case 'PodScheduled':
    case 'Ready':
    case 'Initialized':
    case 'ContainersReady':
    case 'PodReadyToStartContainers':
    case 'PodResizeInProgress':
    case 'PodResizePending':
      return true;
    default:
      return false;
  }
}

/**
 * R1.6, R1.7, R6.1 — pkg/kubelet/status/status_manager.go `mergePodStatus`: what the
 * kubelet patches into the API. Conditions others own are kept; a terminal phase is
 * held back while containers could still run; a terminal phase forces Ready and
 * ContainersReady False.
 */
export function mergePodStatus(api: PodStatus, kubelet: PodStatus, couldHaveRunningContainers: boolean, now: Millis): PodStatus {
  const transitioningToTerminal = !isTerminalPhase(api.phase) && isTerminalPhase(kubelet.phase);
  const merged: PodStatus = podStatusWithConditions(kubelet, mergedConditions(api.conditions, kubelet.conditions, transitioningToTerminal && !couldHaveRunningContainers));
  if (transitioningToTerminal && couldHaveRunningContainers) {
    merged.phase = api.phase;
    merged.reason = api.reason;
    merged.message = api.message;
  }
  if (isTerminalPhase(merged.phase)) {
    let forced = false;
    for (const c of merged.conditions) if ((c.type === 'Ready' || c.type === 'ContainersReady') && c.status === 'True') forced = true;
    if (forced) {
      merged.conditions = merged.conditions.map((c) => {
        if (c.type !== 'Ready' && c.type !== 'ContainersReady') return c;
        const terminal = terminalCondition(c.type, merged.phase);
        return conditionWith(terminal, terminal.status === c.status ? c.lastTransitionTime : now);
      });
    }
  }
  return merged;
}

/**
 * The conditions others own, then the kubelet's (a DisruptionTarget of the kubelet's only as the
 * pod turns terminal with nothing left running). When nobody else owns any, that is the kubelet's
 * list itself (lists are never changed).
 */
function mergedConditions(api: readonly PodCondition[], kubelet: PodCondition[], disruptionTargetMerges: boolean): PodCondition[] {
  let onlyKubelets = true;
  for (const c of api) if (!isKubeletCondition(c.type)) onlyKubelets = false;
  for (const c of kubelet) if (!isKubeletCondition(c.type)) onlyKubelets = false;
  if (onlyKubelets) return kubelet;
  const conditions: PodCondition[] = api.filter((c) => !isKubeletCondition(c.type));
  for (const c of kubelet) {
    if (isKubeletCondition(c.type)) conditions.push(c);
    else if (c.type === 'DisruptionTarget' && disruptionTargetMerges) {
      const i = conditions.findIndex((x) => x.type === c.type);
      if (i >= 0) conditions[i] = c;
      else conditions.push(c);
    }
  }
  return conditions;
}
