import type { KillReason } from '../../../../specs/model/trace-event.js';

export interface KillContext {
  /**
   * The pod worker was terminating the pod: it had a deletionTimestamp, was past its
   * active deadline, or had reached a terminal phase (SyncPod returns at a terminal phase
   * and the worker goes on to SyncTerminatingPod; the status manager writes that phase
   * only once the containers stopped, R1.6).
   */
  terminating: boolean;
  /** The kubelet reported SandboxChanged shortly before. */
  sandboxChanged: boolean;
  /** The container is a regular init container. */
  initContainer: boolean;
}

/**
 * The reason behind a kubelet `Killing` event. computePodActions words the probe,
 * spec-change and postStart kills ("Container app failed liveness probe, will be
 * restarted", "… definition changed …", "FailedPostStartHook"); every other kill reads
 * "Stopping container app", and only the pod's situation tells why.
 */
export function killReasonOf(message: string, context: KillContext): KillReason {
  if (/failed liveness probe/i.test(message)) return 'LivenessProbe';
  if (/failed startup probe/i.test(message)) return 'StartupProbe';
  if (/definition changed/i.test(message)) return 'SpecChanged';
  if (/PostStartHook/i.test(message)) return 'PostStartHookFailed';
  if (context.terminating) return 'PodTermination';
  if (context.sandboxChanged) return 'SandboxChanged';
  if (context.initContainer) return 'InitContainerFailed';
  return 'NoContainerToKeep';
}
