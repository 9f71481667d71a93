import type { PodSpec } from '../../../specs/model/pod-manifest.js';
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
  /** Set once pruning init containers found nothing to remove in this status. */
  prunedAlready?: boolean;
  /** The newest record of each container in spec order, for the spec it was worked out for. */
  newestInSpecOrder?: { spec: PodSpec; records: (RecordView | undefined)[] };
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

/**
 * The newest record of the container at that place in spec order — init containers first, then
 * regular ones — as findRecord finds it; worked out once per status (a status never changes).
 */
export function newestAt(status: RuntimePodStatus, spec: PodSpec, position: number): RecordView | undefined {
  let known = status.newestInSpecOrder;
  if (known === undefined || known.spec !== spec) {
    const records: (RecordView | undefined)[] = [];
    for (const c of spec.initContainers ?? []) records.push(findRecord(status, c.name));
    for (const c of spec.containers) records.push(findRecord(status, c.name));
    status.newestInSpecOrder = known = { spec, records };
  }
  return known.records[position];
}

/** The newest record of that name that has exited (doBackOff's lookup). */
export function findExitedRecord(status: RuntimePodStatus, name: string): RecordView | undefined {
  const records = status.byName.get(name);
  if (records !== undefined) for (const c of records) if (c.state === 'exited') return c;
  return undefined;
}
