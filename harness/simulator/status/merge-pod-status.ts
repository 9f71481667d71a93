import type { PodCondition } from '../../../specs/model/pod-condition.js';
import { isTerminalPhase } from '../../../specs/model/pod-phase.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';
import type { Millis } from '../../../specs/model/time.js';
import { terminalCondition } from './pod-conditions.js';
import { conditionWith, podStatusWith } from './status-objects.js';

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
  const conditions: PodCondition[] = api.conditions.filter((c) => !isKubeletCondition(c.type));
  const transitioningToTerminal = !isTerminalPhase(api.phase) && isTerminalPhase(kubelet.phase);
  for (const c of kubelet.conditions) {
    if (isKubeletCondition(c.type)) conditions.push(c);
    else if (c.type === 'DisruptionTarget' && transitioningToTerminal && !couldHaveRunningContainers) {
      const i = conditions.findIndex((x) => x.type === c.type);
      if (i >= 0) conditions[i] = c;
      else conditions.push(c);
    }
  }
  const merged: PodStatus = podStatusWith(kubelet, { conditions });
  if (transitioningToTerminal && couldHaveRunningContainers) {
    merged.phase = api.phase;
    setOptional(merged, 'reason', api.reason);
    setOptional(merged, 'message', api.message);
  }
  if (isTerminalPhase(merged.phase)) {
    const ready = merged.conditions.find((c) => c.type === 'Ready');
    const containersReady = merged.conditions.find((c) => c.type === 'ContainersReady');
    if (ready?.status === 'True' || containersReady?.status === 'True') {
      merged.conditions = merged.conditions.map((c) => {
        if (c.type !== 'Ready' && c.type !== 'ContainersReady') return c;
        const forced = terminalCondition(c.type, merged.phase);
        return conditionWith(forced, forced.status === c.status ? c.lastTransitionTime : now);
      });
    }
  }
  return merged;
}

function setOptional(status: PodStatus, key: 'reason' | 'message', value: string | undefined): void {
  if (value === undefined) delete status[key];
  else status[key] = value;
}
