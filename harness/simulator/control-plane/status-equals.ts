import type { ContainerState } from '../../../specs/model/container-state.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';

/** Structural equality of two PodStatus values (cheaper than serialising both). */
export function statusEquals(a: PodStatus, b: PodStatus): boolean {
  return (
    a.phase === b.phase &&
    a.reason === b.reason &&
    a.message === b.message &&
    a.qosClass === b.qosClass &&
    a.startTime === b.startTime &&
    listEquals(a.conditions, b.conditions, conditionEquals) &&
    listEquals(a.initContainerStatuses, b.initContainerStatuses, containerEquals) &&
    listEquals(a.containerStatuses, b.containerStatuses, containerEquals)
  );
}

export function listEquals<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i]!, b[i]!)) return false;
  return true;
}

/**
 * The new status, reusing the old one's container statuses and conditions where they are
 * equal: snapshots share what did not change, so a long trace costs little memory.
 */
export function shareUnchanged(old: PodStatus, next: PodStatus): PodStatus {
  next.conditions = shareList(old.conditions, next.conditions, conditionEquals);
  next.initContainerStatuses = shareList(old.initContainerStatuses, next.initContainerStatuses, containerEquals);
  next.containerStatuses = shareList(old.containerStatuses, next.containerStatuses, containerEquals);
  return next;
}

/** `next`, with each item equal to the old one at its place replaced by that one; the old list itself if all are. */
function shareList<T>(old: readonly T[], next: T[], eq: (x: T, y: T) => boolean): T[] {
  if (old === next) return next;
  let shared: T[] | null = null;
  let same = old.length === next.length;
  for (let i = 0; i < next.length; i++) {
    const prev = old[i];
    const item = next[i]!;
    if (prev !== undefined && prev !== item && eq(prev, item)) {
      shared ??= next.slice();
      shared[i] = prev;
    } else if (prev !== item) {
      same = false;
    }
  }
  if (same) return old as T[];
  return shared ?? next;
}

function conditionEquals(a: PodCondition, b: PodCondition): boolean {
  if (a === b) return true;
  return a.type === b.type && a.status === b.status && a.reason === b.reason && a.message === b.message && a.lastTransitionTime === b.lastTransitionTime;
}

export function containerEquals(a: ContainerStatus, b: ContainerStatus): boolean {
  if (a === b) return true;
  return (
    a.name === b.name &&
    a.image === b.image &&
    a.ready === b.ready &&
    a.started === b.started &&
    a.restartCount === b.restartCount &&
    a.containerID === b.containerID &&
    stateEquals(a.state, b.state) &&
    stateEquals(a.lastState, b.lastState)
  );
}

function stateEquals(a: ContainerState, b: ContainerState): boolean {
  if (a === b) return true;
  if (a.waiting || b.waiting) return Boolean(a.waiting && b.waiting && a.waiting.reason === b.waiting.reason && a.waiting.message === b.waiting.message);
  if (a.running || b.running) return Boolean(a.running && b.running && a.running.startedAt === b.running.startedAt);
  if (a.terminated || b.terminated) {
    const x = a.terminated;
    const y = b.terminated;
    return Boolean(
      x && y && x.exitCode === y.exitCode && x.reason === y.reason && x.message === y.message && x.startedAt === y.startedAt && x.finishedAt === y.finishedAt && x.signal === y.signal,
    );
  }
  return true;
}
