import type { KillReason } from '../../../specs/model/trace-event.js';

export interface ContainerToKill {
  recordId: number;
  name: string;
  reason: KillReason;
  message: string;
}

/** kuberuntime_manager.go `podActions` */
export interface PodActions {
  killPod: boolean;
  createSandbox: boolean;
  attempt: number;
  initContainersToStart: number[];
  containersToStart: number[];
  containersToKill: ContainerToKill[];
}
