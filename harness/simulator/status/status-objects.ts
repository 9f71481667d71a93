import type { ContainerState } from '../../../specs/model/container-state.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';

/*
 * Status objects built field by field, always in the same order. Besides giving every
 * snapshot the same key order, this keeps V8 off the slow path it takes for object
 * spread followed by more properties (`{ ...a, b }`), which dominated the simulator's time.
 */

export function podStatusWith(base: PodStatus, changes: Partial<PodStatus>): PodStatus {
  const reason = 'reason' in changes ? changes.reason : base.reason;
  const message = 'message' in changes ? changes.message : base.message;
  const status: PodStatus = {
    phase: changes.phase ?? base.phase,
    conditions: changes.conditions ?? base.conditions,
    initContainerStatuses: changes.initContainerStatuses ?? base.initContainerStatuses,
    containerStatuses: changes.containerStatuses ?? base.containerStatuses,
    qosClass: changes.qosClass ?? base.qosClass,
    startTime: 'startTime' in changes ? (changes.startTime ?? null) : base.startTime,
  };
  if (reason !== undefined) status.reason = reason;
  if (message !== undefined) status.message = message;
  return status;
}

export function containerStatusWith(base: ContainerStatus, changes: Partial<ContainerStatus>): ContainerStatus {
  const containerID = 'containerID' in changes ? changes.containerID : base.containerID;
  const status: ContainerStatus = {
    name: changes.name ?? base.name,
    image: changes.image ?? base.image,
    state: changes.state ?? base.state,
    lastState: changes.lastState ?? base.lastState,
    ready: changes.ready ?? base.ready,
    started: changes.started ?? base.started,
    restartCount: changes.restartCount ?? base.restartCount,
  };
  if (containerID !== undefined) status.containerID = containerID;
  return status;
}

export function newContainerStatus(name: string, image: string, state: ContainerState, restartCount: number, containerID?: string): ContainerStatus {
  const status: ContainerStatus = { name, image, state, lastState: {}, ready: false, started: false, restartCount };
  if (containerID !== undefined) status.containerID = containerID;
  return status;
}

export function conditionWith(base: Omit<PodCondition, 'lastTransitionTime'>, lastTransitionTime: number): PodCondition {
  const condition: PodCondition = { type: base.type, status: base.status, lastTransitionTime };
  if (base.reason !== undefined) condition.reason = base.reason;
  if (base.message !== undefined) condition.message = base.message;
  return condition;
}
