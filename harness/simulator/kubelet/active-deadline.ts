import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import type { Millis } from '../../../specs/model/time.js';

/** R5.10 — pkg/kubelet/active_deadline.go `pastActiveDeadline`: counted from status.startTime. */
export function pastActiveDeadline(spec: PodSpec, startTime: Millis | null, now: Millis): boolean {
  if (spec.activeDeadlineSeconds === undefined || startTime === null) return false;
  return now - startTime >= spec.activeDeadlineSeconds * 1000;
}

/** When the deadline falls, if there is one. */
export function activeDeadlineAt(spec: PodSpec, startTime: Millis | null): Millis | undefined {
  if (spec.activeDeadlineSeconds === undefined || startTime === null) return undefined;
  return startTime + spec.activeDeadlineSeconds * 1000;
}
