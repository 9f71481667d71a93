import type { ContainerState } from '../../../specs/model/container-state.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';

/*
 * Status objects built field by field, always with the same fields in the same order: an
 * optional field that is not set is there, undefined (JSON leaves it out). One object shape
 * per type keeps V8's property accesses monomorphic across the simulator and the invariants,
 * and gives every snapshot the same key order.
 */

/** The fields a status update replaces; reason and message are never among them. */
export type PodStatusChanges = Partial<Pick<PodStatus, 'phase' | 'conditions' | 'initContainerStatuses' | 'containerStatuses' | 'qosClass' | 'startTime'>>;

export function podStatusWith(base: PodStatus, changes: PodStatusChanges): PodStatus {
  return {
    phase: changes.phase ?? base.phase,
    conditions: changes.conditions ?? base.conditions,
    initContainerStatuses: changes.initContainerStatuses ?? base.initContainerStatuses,
    containerStatuses: changes.containerStatuses ?? base.containerStatuses,
    qosClass: changes.qosClass ?? base.qosClass,
    startTime: changes.startTime !== undefined ? changes.startTime : base.startTime,
    reason: base.reason,
    message: base.message,
  };
}

/** `base` with other conditions (the commonest change; no object of changes to read). */
export function podStatusWithConditions(base: PodStatus, conditions: PodCondition[], startTime: PodStatus['startTime'] = base.startTime): PodStatus {
  return {
    phase: base.phase,
    conditions,
    initContainerStatuses: base.initContainerStatuses,
    containerStatuses: base.containerStatuses,
    qosClass: base.qosClass,
    startTime,
    reason: base.reason,
    message: base.message,
  };
}

/** The fields a container status update replaces; the name and containerID are never among them. */
export type ContainerStatusChanges = Partial<Pick<ContainerStatus, 'image' | 'state' | 'lastState' | 'ready' | 'started' | 'restartCount'>>;

export function containerStatusWith(base: ContainerStatus, changes: ContainerStatusChanges): ContainerStatus {
  return {
    name: base.name,
    image: changes.image ?? base.image,
    state: changes.state ?? base.state,
    lastState: changes.lastState ?? base.lastState,
    ready: changes.ready ?? base.ready,
    started: changes.started ?? base.started,
    restartCount: changes.restartCount ?? base.restartCount,
    containerID: base.containerID,
  };
}

export function newContainerStatus(name: string, image: string, state: ContainerState, restartCount: number, containerID?: string): ContainerStatus {
  return { name, image, state, lastState: NO_STATE, ready: false, started: false, restartCount, containerID };
}

/** The empty lastState (`{}`): state objects are never changed, so one serves every status. */
const NO_STATE: ContainerState = {};

export function conditionWith(base: Omit<PodCondition, 'lastTransitionTime'>, lastTransitionTime: number): PodCondition {
  return { type: base.type, status: base.status, lastTransitionTime, reason: base.reason, message: base.message };
}
