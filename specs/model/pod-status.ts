import type { ContainerStatus } from './container-status.js';
import type { PodCondition } from './pod-condition.js';
import type { PodPhase } from './pod-phase.js';
import type { QOSClass } from './qos-class.js';
import type { Millis } from './time.js';

/** The v1 PodStatus fields podlife observes, with times in milliseconds since the scenario start. */
export interface PodStatus {
  phase: PodPhase;
  reason?: string;
  message?: string;
  conditions: PodCondition[];
  initContainerStatuses: ContainerStatus[];
  containerStatuses: ContainerStatus[];
  qosClass: QOSClass;
  startTime: Millis | null;
}
