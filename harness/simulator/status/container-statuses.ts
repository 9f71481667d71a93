import type { ContainerState } from '../../../specs/model/container-state.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { Container } from '../../../specs/model/pod-manifest.js';
import type { RecordView } from '../runtime/container-record.js';
import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import type { CachedReason } from '../kubelet/reason-cache.js';
import { containerStatusWith, newContainerStatus } from './status-objects.js';

export interface ContainerStatusInputs {
  containers: readonly Container[];
  runtime: RuntimePodStatus;
  /** The statuses the kubelet published last (status manager cache, else the API). */
  previous: readonly ContainerStatus[];
  hasInitContainers: boolean;
  isInit: boolean;
  deleting: boolean;
  reasons: ReadonlyMap<string, CachedReason>;
  /** ShouldContainerBeRestarted for one container (R4.1). */
  shouldRestart: (container: Container) => boolean;
}

/** The default Waiting states (state objects are never changed, so one of each serves every status). */
const WAITING_POD_INITIALIZING: ContainerState = Object.freeze({ waiting: Object.freeze({ reason: 'PodInitializing' as const }) });
const WAITING_CONTAINER_CREATING: ContainerState = Object.freeze({ waiting: Object.freeze({ reason: 'ContainerCreating' as const }) });

const VANISHED_MESSAGE = 'The container could not be located when the pod was deleted.  The container used to be Running';
const UNKNOWN_MESSAGE = 'The container could not be located when the pod was terminated';

/**
 * R4.5–R4.7, E13 — pkg/kubelet/kubelet_pods.go `convertToAPIContainerStatuses`:
 * newest record → state, second newest → lastState, default Waiting reasons, the
 * "vanished while running" case, and cached start errors shown as Waiting.
 * `ready` and `started` are filled in afterwards by the prober (R3.5).
 */
export function convertContainerStatuses(inputs: ContainerStatusInputs): ContainerStatus[] {
  const { containers, runtime, previous, hasInitContainers, isInit, reasons } = inputs;
  const statuses: ContainerStatus[] = [];
  for (const container of containers) {
    const name = container.name;
    const old = previous.find((s) => s.name === name);
    const records = runtime.byName.get(name);
    let status: ContainerStatus;
    if (records !== undefined) {
      // The newest record replaces the status wholesale; the one before it is lastState (R4.7).
      status = convertRecord(records[0]!, old);
      if (records.length > 1) status.lastState = convertedState(records[1]!, old);
    } else if (old?.state.terminated) {
      status = containerStatusWith(old, {});
    } else {
      status = newContainerStatus(name, container.image, hasInitContainers ? WAITING_POD_INITIALIZING : WAITING_CONTAINER_CREATING, old ? old.restartCount : 0);
      if (old) status.lastState = old.lastState;
      // A container that was running and has no record any more terminated in an unknown way (E13).
      if (old?.state.running && !old.lastState.terminated) {
        status.lastState = {
          terminated: { reason: 'ContainerStatusUnknown', message: VANISHED_MESSAGE, exitCode: 137, startedAt: null, finishedAt: null },
        };
        if (!inputs.deleting) status.restartCount += 1;
      }
    }

    // A container that will be restarted and has a cached start error shows it as Waiting (R4.5).
    const cached = reasons.get(name);
    if (cached !== undefined && !(isInit && completedInit(records)) && inputs.shouldRestart(container)) {
      if (status.state.terminated) status.lastState = status.state;
      const shown = old?.state.waiting;
      status.state = shown?.reason === cached.reason && shown.message === cached.message ? old!.state : { waiting: { reason: cached.reason, message: cached.message } };
    }
    statuses.push(status);
  }
  return statuses;
}

/** The newest record of an init container exited 0: its cached start error is not shown. */
function completedInit(records: readonly RecordView[] | undefined): boolean {
  const newest = records?.[0];
  return newest !== undefined && newest.state === 'exited' && newest.exitCode === 0;
}

/** The API state of a record that does not depend on the previous status, once per view (views never change). */
function apiStateOf(record: RecordView): ContainerState {
  return (record.apiState ??=
    record.state === 'running'
      ? { running: { startedAt: record.startedAt! } }
      : record.state === 'exited'
        ? { terminated: { exitCode: record.exitCode, reason: record.reason ?? 'Error', startedAt: record.startedAt, finishedAt: record.finishedAt } }
        : { waiting: { reason: '' } });
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
