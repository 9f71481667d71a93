import type { ContainerState } from '../../../specs/model/container-state.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { Container } from '../../../specs/model/pod-manifest.js';
import { containerId, type RecordView } from '../runtime/container-record.js';
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

const VANISHED_MESSAGE = 'The container could not be located when the pod was deleted.  The container used to be Running';
const UNKNOWN_MESSAGE = 'The container could not be located when the pod was terminated';

/**
 * R4.5–R4.7, E13 — pkg/kubelet/kubelet_pods.go `convertToAPIContainerStatuses`:
 * newest record → state, second newest → lastState, default Waiting reasons, the
 * "vanished while running" case, and cached start errors shown as Waiting.
 * `ready` and `started` are filled in afterwards by the prober (R3.5).
 */
export function convertContainerStatuses(inputs: ContainerStatusInputs): ContainerStatus[] {
  const { containers, runtime, previous, hasInitContainers, isInit } = inputs;
  const oldByName = new Map(previous.map((s) => [s.name, s]));
  const defaultReason = hasInitContainers ? 'PodInitializing' : 'ContainerCreating';
  const statuses = new Map<string, ContainerStatus>();

  for (const container of containers) {
    const old = oldByName.get(container.name);
    let status = newContainerStatus(container.name, container.image, { waiting: { reason: defaultReason } }, 0);
    if (old) {
      if (old.state.terminated) status = containerStatusWith(old, {});
      else status = containerStatusWith(status, { restartCount: old.restartCount, lastState: old.lastState });
    }
    statuses.set(container.name, status);
  }

  // A container that was running and has no record any more terminated in an unknown way (E13).
  for (const container of containers) {
    if (runtime.containers.some((c) => c.name === container.name)) continue;
    const old = oldByName.get(container.name);
    if (!old || old.state.terminated || !old.state.running) continue;
    const status = statuses.get(container.name)!;
    if (status.state.waiting?.reason !== defaultReason) continue;
    if (status.lastState.terminated) continue;
    status.lastState = {
      terminated: { reason: 'ContainerStatusUnknown', message: VANISHED_MESSAGE, exitCode: 137, startedAt: null, finishedAt: null },
    };
    if (!inputs.deleting) status.restartCount += 1;
  }

  // Newest record → state, the one before → lastState (R4.7).
  const seen = new Map<string, number>();
  for (const record of runtime.containers) {
    const status = statuses.get(record.name);
    if (!status) continue;
    const count = seen.get(record.name) ?? 0;
    if (count >= 2) continue;
    const converted = convertRecord(record, oldByName.get(record.name));
    // The newest record replaces the status wholesale (lastState too); the next one is lastState.
    if (count === 0) statuses.set(record.name, converted);
    else status.lastState = converted.state;
    seen.set(record.name, count + 1);
  }

  // Containers that will be restarted and have a cached start error show it as Waiting (R4.5).
  for (const container of containers) {
    if (isInit) {
      const newest = runtime.containers.find((c) => c.name === container.name);
      if (newest && newest.state === 'exited' && newest.exitCode === 0) continue;
    }
    if (!inputs.shouldRestart(container)) continue;
    const cached = inputs.reasons.get(container.name);
    if (!cached) continue;
    const status = statuses.get(container.name)!;
    if (status.state.terminated) status.lastState = status.state;
    status.state = { waiting: { reason: cached.reason, message: cached.message } };
  }

  return containers.map((c) => statuses.get(c.name)!);
}

/** pkg/kubelet/kubelet_pods.go `convertContainerStatus` */
function convertRecord(record: RecordView, old: ContainerStatus | undefined): ContainerStatus {
  const status = (state: ContainerState, restartCount = record.restartCount) =>
    newContainerStatus(record.name, record.image, state, restartCount, containerId(record.id));
  switch (record.state) {
    case 'running':
      return status({ running: { startedAt: record.startedAt! } });
    case 'created':
      return status({ waiting: { reason: '' } });
    case 'exited':
      return status({
        terminated: { exitCode: record.exitCode, reason: record.reason ?? 'Error', startedAt: record.startedAt, finishedAt: record.finishedAt },
      });
    case 'unknown':
      if (old?.state.running) {
        return status(
          { terminated: { reason: 'ContainerStatusUnknown', message: UNKNOWN_MESSAGE, exitCode: 137, startedAt: null, finishedAt: null } },
          old.restartCount + 1,
        );
      }
      return status({ waiting: { reason: '' } });
    default: {
      const never: never = record.state;
      return never;
    }
  }
}
