import { assertNever } from './assert-never.js';
import type { Millis } from './time.js';

/** The fault schedule's vocabulary. Each fault says what a backend must do at `at`. */
export const FAULT_TYPES = [
  'DeletePod',
  'KillContainer',
  'OOMKill',
  'ImagePullFailure',
  'NodeDown',
  'NodeUp',
  'NodeReboot',
  'UpdateImage',
  'SetActiveDeadline',
  'RemoveContainer',
] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

/** Graceful delete (R5.1); `gracePeriodSeconds` defaults to the pod's; `force` removes the object at once (R5.9). */
export interface DeletePodFault {
  type: 'DeletePod';
  gracePeriodSeconds?: number;
  force?: boolean;
}
/** The runtime kills the container's process: exit 137, reason Error. */
export interface KillContainerFault {
  type: 'KillContainer';
  container: string;
}
/** The kernel OOM-kills the container: exit 137, reason OOMKilled. */
export interface OOMKillFault {
  type: 'OOMKill';
  container: string;
}
/** The container's image is absent and cannot be pulled from `at` until `until` (forever if unset). */
export interface ImagePullFailureFault {
  type: 'ImagePullFailure';
  container: string;
  until?: Millis;
}
/** The kubelet stops (no syncs, probes, heartbeats or status writes); containers keep running. */
export interface NodeDownFault {
  type: 'NodeDown';
}
export interface NodeUpFault {
  type: 'NodeUp';
}
/** Every process on the node dies, the sandbox is lost, the kubelet restarts with empty memory. */
export interface NodeRebootFault {
  type: 'NodeReboot';
}
/** A spec update of one container's image (R9.2, R9.3). */
export interface UpdateImageFault {
  type: 'UpdateImage';
  container: string;
  image: string;
}
/** A spec update of `activeDeadlineSeconds` (R5.10: set once from nil, or lowered). */
export interface SetActiveDeadlineFault {
  type: 'SetActiveDeadline';
  seconds: number;
}

/**
 * The container is removed from the runtime under the kubelet (`crictl rm -f`): its process
 * dies and its record is gone, so the kubelet sees a container that vanished (E13).
 */
export interface RemoveContainerFault {
  type: 'RemoveContainer';
  container: string;
}

export type Fault =
  | DeletePodFault
  | KillContainerFault
  | OOMKillFault
  | ImagePullFailureFault
  | NodeDownFault
  | NodeUpFault
  | NodeRebootFault
  | UpdateImageFault
  | SetActiveDeadlineFault
  | RemoveContainerFault;

export type ScheduledFault = Fault & { at: Millis };

export function faultContainer(fault: Fault): string | undefined {
  switch (fault.type) {
    case 'KillContainer':
    case 'OOMKill':
    case 'ImagePullFailure':
    case 'UpdateImage':
    case 'RemoveContainer':
      return fault.container;
    case 'DeletePod':
    case 'NodeDown':
    case 'NodeUp':
    case 'NodeReboot':
    case 'SetActiveDeadline':
      return undefined;
    default:
      return assertNever(fault);
  }
}
