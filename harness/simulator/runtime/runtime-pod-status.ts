import type { RecordView } from './container-record.js';

export interface SandboxView {
  readonly attempt: number;
  readonly ready: boolean;
}

/**
 * kubecontainer.PodStatus: what the kubelet reads from the runtime at the start of
 * a sync. Containers are newest first, as GetPodStatus sorts them.
 */
export interface RuntimePodStatus {
  readonly sandboxes: readonly SandboxView[];
  readonly containers: readonly RecordView[];
  /** The same records by container name, newest first. */
  readonly byName: ReadonlyMap<string, readonly RecordView[]>;
  /** podSandboxChanged's answer for this status, once worked out. */
  sandboxChange?: SandboxChange;
  /** Whether a regular container of the pod has a record in the newest sandbox, once worked out. */
  regularContainerInNewestSandbox?: boolean;
}

/** What `PodSandboxChanged` says of a runtime status. */
export interface SandboxChange {
  readonly changed: boolean;
  /** The attempt of the sandbox to create, or of the current one. */
  readonly attempt: number;
}

/** FindContainerStatusByName: the newest record of that name. */
export function findRecord(status: RuntimePodStatus, name: string): RecordView | undefined {
  return status.byName.get(name)?.[0];
}

/** The newest record of that name that has exited (doBackOff's lookup). */
export function findExitedRecord(status: RuntimePodStatus, name: string): RecordView | undefined {
  return status.byName.get(name)?.find((c) => c.state === 'exited');
}

/** The newest sandbox, if any. */
export function currentSandbox(status: RuntimePodStatus): SandboxView | undefined {
  return status.sandboxes[0];
}
