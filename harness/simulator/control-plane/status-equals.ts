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

function listEquals<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
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
  const share = <T>(a: readonly T[], b: T[], eq: (x: T, y: T) => boolean): T[] => {
    let same = a.length === b.length;
    const out = b.map((item, i) => {
      const prev = a[i];
      if (prev !== undefined && eq(prev, item)) return prev;
      same = false;
      return item;
    });
    return same ? (a as T[]) : out;
  };
  next.conditions = share(old.conditions, next.conditions, conditionEquals);
  next.initContainerStatuses = share(old.initContainerStatuses, next.initContainerStatuses, containerEquals);
  next.containerStatuses = share(old.containerStatuses, next.containerStatuses, containerEquals);
  return next;
}

function conditionEquals(a: PodCondition, b: PodCondition): boolean {
  if (a === b) return true;
  return a.type === b.type && a.status === b.status && a.reason === b.reason && a.message === b.message && a.lastTransitionTime === b.lastTransitionTime;
}

function containerEquals(a: ContainerStatus, b: ContainerStatus): boolean {
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
