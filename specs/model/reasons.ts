/**
 * Reason vocabularies (SEMANTICS.md R4.8, R6.*). Observed traces carry reasons as
 * strings because a real kubelet or runtime may say anything; these tuples are what
 * Kubernetes documents, and what the simulator emits.
 */
export const WAITING_REASONS = [
  'ContainerCreating',
  'PodInitializing',
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'ErrImageNeverPull',
  'InvalidImageName',
  'ImageInspectError',
  'CreateContainerConfigError',
  'CreateContainerError',
  'PreCreateHookError',
  'PreStartHookError',
  'PostStartHookError',
  'RunContainerError',
] as const;
export type WaitingReason = (typeof WAITING_REASONS)[number];

/** Set by the runtime (containerd) — plus the kubelet-synthesized `ContainerStatusUnknown`. */
export const TERMINATED_REASONS = [
  'Completed',
  'Error',
  'OOMKilled',
  'StartError',
  'ContainerStatusUnknown',
  'Unknown',
] as const;
export type TerminatedReason = (typeof TERMINATED_REASONS)[number];

export const POD_REASONS = ['DeadlineExceeded', 'Evicted', 'NodeLost', 'UnexpectedAdmissionError'] as const;
export type PodReason = (typeof POD_REASONS)[number];

export const CONDITION_REASONS = [
  'ContainersNotReady',
  'ContainersNotInitialized',
  'ReadinessGatesNotReady',
  'PodCompleted',
  'PodFailed',
  'UnknownContainerStatuses',
  'DeletionByTaintManager',
] as const;
export type ConditionReason = (typeof CONDITION_REASONS)[number];

export function isWaitingReason(value: string): value is WaitingReason {
  return (WAITING_REASONS as readonly string[]).includes(value);
}

export function isTerminatedReason(value: string): value is TerminatedReason {
  return (TERMINATED_REASONS as readonly string[]).includes(value);
}
