import fc from 'fast-check';
import { FAULT_TYPES, type Fault, type FaultType, type ScheduledFault } from '../specs/model/fault.js';
import type { Container } from '../specs/model/pod-manifest.js';
import type { Millis } from '../specs/model/time.js';
import { UPDATED_IMAGE } from './containers.js';
import { maybe, wholeSeconds } from './durations.js';

/**
 * A fault before it is placed: its time as a fraction of the horizon and its container as
 * an index, so the schedule shrinks (earlier, first container) without depending on the pod.
 */
export interface FaultDraft {
  type: FaultType;
  /** Per mille of the horizon. */
  when: number;
  container: number;
  gracePeriodSeconds: number | undefined;
  force: boolean;
  untilAfter: number | undefined;
  seconds: number;
}

const WEIGHTS: Record<FaultType, number> = {
  DeletePod: 4,
  KillContainer: 3,
  OOMKill: 2,
  ImagePullFailure: 2,
  NodeDown: 1,
  NodeUp: 1,
  NodeReboot: 2,
  UpdateImage: 2,
  SetActiveDeadline: 1,
  RemoveContainer: 1,
};

export const faultDraft: fc.Arbitrary<FaultDraft> = fc.record({
  type: fc.oneof(...FAULT_TYPES.map((t) => ({ weight: WEIGHTS[t], arbitrary: fc.constant(t) }))),
  when: fc.integer({ min: 0, max: 999 }),
  container: fc.nat({ max: 7 }),
  gracePeriodSeconds: maybe(wholeSeconds(0, 40), 0.5),
  force: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  untilAfter: maybe(wholeSeconds(1, 120), 0.6),
  seconds: wholeSeconds(1, 600),
});

/**
 * Places drafts on a pod's containers and a horizon; the schedule comes out sorted by time.
 * An OOMKill goes to a container with a memory limit when the pod has one: the kernel
 * OOM-kills a container when its cgroup reaches that limit, and that is the only place the
 * cluster backend can cause one (it skips an OOMKill on a container without a limit).
 */
export function placeFaults(drafts: readonly FaultDraft[], containers: readonly Container[], until: Millis): ScheduledFault[] {
  const names = containers.map((c) => c.name);
  const limited = containers.filter((c) => c.resources?.limits?.memory !== undefined).map((c) => c.name);
  const oomTargets = limited.length > 0 ? limited : names;
  const faults = drafts.map((d): ScheduledFault => {
    const at = Math.floor((until * d.when) / 1000 / 500) * 500;
    const candidates = d.type === 'OOMKill' ? oomTargets : names;
    const container = candidates[d.container % candidates.length]!;
    return { at, ...faultOf(d, container, at) };
  });
  return faults.sort((a, b) => a.at - b.at);
}

function faultOf(d: FaultDraft, container: string, at: Millis): Fault {
  switch (d.type) {
    case 'DeletePod':
      return d.force ? { type: d.type, force: true } : d.gracePeriodSeconds === undefined ? { type: d.type } : { type: d.type, gracePeriodSeconds: d.gracePeriodSeconds };
    case 'KillContainer':
    case 'OOMKill':
    case 'RemoveContainer':
      return { type: d.type, container };
    case 'ImagePullFailure':
      return d.untilAfter === undefined ? { type: d.type, container } : { type: d.type, container, until: at + d.untilAfter * 1000 };
    case 'NodeDown':
    case 'NodeUp':
    case 'NodeReboot':
      return { type: d.type };
    case 'UpdateImage':
      return { type: d.type, container, image: UPDATED_IMAGE };
    case 'SetActiveDeadline':
      return { type: d.type, seconds: d.seconds };
    default: {
      const never: never = d.type;
      return never;
    }
  }
}
