import type { ContainerState } from '../../../specs/model/container-state.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { Container, PodSpec } from '../../../specs/model/pod-manifest.js';
import { shouldRecordBeRestarted } from '../kubelet/restart-decision.js';
import type { RecordView } from '../runtime/container-record.js';
import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import type { CachedReason } from '../kubelet/reason-cache.js';
import { containerStatusWith, newContainerStatus } from './status-objects.js';
import { statusNamed } from './status-named.js';

/** What one sync converts container statuses from, for both lists. */
export interface ContainerStatusSources {
  spec: PodSpec;
  runtime: RuntimePodStatus;
  hasInitContainers: boolean;
  deleting: boolean;
  reasons: ReadonlyMap<string, CachedReason>;
  /** The reason cache's version (it changes whenever `reasons` does). */
  reasonsVersion: number;
}

/**
 * What one container's conversion read, and the status it gave. The conversion is a pure
 * function of these, so a sync that finds them all unchanged gets the same status object
 * back (statuses are never changed) — most syncs change nothing, or one container.
 */
export class Conversion {
  /** The runtime status and reason cache version it read (when both are the same, so are the records and the cached error). */
  runtime: RuntimePodStatus | null = null;
  reasonsVersion = -1;
  /** Whether it read the previous status. */
  readsOld = false;
  newest: RecordView | undefined = undefined;
  second: RecordView | undefined = undefined;
  /** The previous status, when the conversion reads it (no record, or an unknown one). */
  old: ContainerStatus | undefined = undefined;
  /** The cached start error shown as Waiting, if one is. */
  shown: CachedReason | undefined = undefined;
  image = '';
  deleting = false;
  status: ContainerStatus | null = null;
}

/** The default Waiting states (state objects are never changed, so one of each serves every status). */
const WAITING_POD_INITIALIZING: ContainerState = { waiting: { reason: 'PodInitializing', message: undefined } };
const WAITING_CONTAINER_CREATING: ContainerState = { waiting: { reason: 'ContainerCreating', message: undefined } };

const VANISHED_MESSAGE = 'The container could not be located when the pod was deleted.  The container used to be Running';
const UNKNOWN_MESSAGE = 'The container could not be located when the pod was terminated';

/**
 * R4.5–R4.7, E13 — pkg/kubelet/kubelet_pods.go `convertToAPIContainerStatuses`:
 * newest record → state, second newest → lastState, default Waiting reasons, the
 * "vanished while running" case, and cached start errors shown as Waiting.
 * `ready` and `started` are filled in afterwards by the prober (R3.5).
 */
export function convertContainerStatuses(
  sources: ContainerStatusSources,
  containers: readonly Container[],
  isInit: boolean,
  /** The statuses the kubelet published last (status manager cache, else the API). */
  previous: readonly ContainerStatus[],
  /** The last conversion of each container of this list, by position. */
  memo: Conversion[],
  /** Where the statuses go, by position: a list of the caller's own, reused from sync to sync. */
  statuses: ContainerStatus[],
): void {
  const { runtime, reasons, deleting, reasonsVersion } = sources;
  if (statuses.length !== containers.length) statuses.length = containers.length;
  for (let i = 0; i < containers.length; i++) {
    const container = containers[i]!;
    const name = container.name;
    const old = statusNamed(previous, name, i);
    const last = memo[i];
    if (
      last !== undefined &&
      last.status !== null &&
      last.runtime === runtime &&
      last.reasonsVersion === reasonsVersion &&
      last.image === container.image &&
      last.deleting === deleting &&
      (!last.readsOld || last.old === old)
    ) {
      // Nothing it read changed: the same records, the same cached error, the same previous status if it read that.
      statuses[i] = last.status;
      continue;
    }
    const records = runtime.byName.get(name);
    const newest = records?.[0];
    const second = records?.[1];
    const cached = reasons.get(name);
    const shown = cached !== undefined && !(isInit && completedInit(newest)) && shouldRecordBeRestarted(newest, sources.spec, deleting) ? cached : undefined;
    const readsOldStatus = newest === undefined || newest.state === 'unknown' || second?.state === 'unknown';
    const readsOld = readsOldStatus ? old : undefined;
    let conversion = last;
    if (conversion === undefined) memo[i] = conversion = new Conversion();
    conversion.runtime = runtime;
    conversion.reasonsVersion = reasonsVersion;
    conversion.readsOld = readsOldStatus;
    if (
      conversion.status !== null &&
      conversion.newest === newest &&
      conversion.second === second &&
      conversion.old === readsOld &&
      conversion.shown === shown &&
      conversion.image === container.image &&
      conversion.deleting === deleting
    ) {
      statuses[i] = conversion.status;
      continue;
    }
    const status = convertContainer(sources, container, old, newest, second, shown);
    conversion.newest = newest;
    conversion.second = second;
    conversion.old = readsOld;
    conversion.shown = shown;
    conversion.image = container.image;
    conversion.deleting = deleting;
    conversion.status = status;
    statuses[i] = status;
  }
}

function convertContainer(
  sources: ContainerStatusSources,
  container: Container,
  old: ContainerStatus | undefined,
  newest: RecordView | undefined,
  second: RecordView | undefined,
  shown: CachedReason | undefined,
): ContainerStatus {
  let status: ContainerStatus;
  if (newest !== undefined) {
    // The newest record replaces the status wholesale; the one before it is lastState (R4.7).
    status = convertRecord(newest, old);
    if (second !== undefined) status.lastState = convertedState(second, old);
  } else if (old?.state.terminated) {
    status = containerStatusWith(old, {});
  } else {
    status = newContainerStatus(container.name, container.image, sources.hasInitContainers ? WAITING_POD_INITIALIZING : WAITING_CONTAINER_CREATING, old ? old.restartCount : 0);
    if (old) status.lastState = old.lastState;
    // A container that was running and has no record any more terminated in an unknown way (E13).
    if (old?.state.running && !old.lastState.terminated) {
      status.lastState = {
        terminated: { reason: 'ContainerStatusUnknown', message: VANISHED_MESSAGE, exitCode: 137, startedAt: null, finishedAt: null },
      };
      if (!sources.deleting) status.restartCount += 1;
    }
  }

  // A container that will be restarted and has a cached start error shows it as Waiting (R4.5).
  if (shown !== undefined) {
    if (status.state.terminated) status.lastState = status.state;
    const waiting = old?.state.waiting;
    status.state = waiting?.reason === shown.reason && waiting.message === shown.message ? old!.state : { waiting: { reason: shown.reason, message: shown.message } };
  }
  return status;
}

/** The newest record of an init container exited 0: its cached start error is not shown. */
function completedInit(newest: RecordView | undefined): boolean {
  return newest !== undefined && newest.state === 'exited' && newest.exitCode === 0;
}

/** The API state of a record that does not depend on the previous status, once per view (views never change). */
function apiStateOf(record: RecordView): ContainerState {
  return (record.apiState ??=
    record.state === 'running'
      ? { running: { startedAt: record.startedAt! } }
      : record.state === 'exited'
        ? { terminated: { exitCode: record.exitCode, reason: record.reason ?? 'Error', startedAt: record.startedAt, finishedAt: record.finishedAt } }
        : { waiting: { reason: '', message: undefined } });
}

/** pkg/kubelet/kubelet_pods.go `convertContainerStatus` */
function convertRecord(record: RecordView, old: ContainerStatus | undefined): ContainerStatus {
  const restartCount = record.state === 'unknown' && old?.state.running ? old.restartCount + 1 : record.restartCount;
  return newContainerStatus(record.name, record.image, convertedState(record, old), restartCount, record.containerID);
}

/** The state `convertContainerStatus` gives a record: a record in an unknown state after a running status terminated unknown. */
function convertedState(record: RecordView, old: ContainerStatus | undefined): ContainerState {
  if (record.state === 'unknown' && old?.state.running) {
    return { terminated: { reason: 'ContainerStatusUnknown', message: UNKNOWN_MESSAGE, exitCode: 137, startedAt: null, finishedAt: null } };
  }
  // running, exited, created — and unknown without a running status before: Waiting with no reason.
  return apiStateOf(record);
}
