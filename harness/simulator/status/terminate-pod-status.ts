import { isSidecar } from '../../../specs/model/container-role.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';
import { containerStatusWith, podStatusWith } from './status-objects.js';

const MESSAGE = 'The container could not be located when the pod was terminated';

function unknownTermination(status: ContainerStatus): ContainerStatus {
  return containerStatusWith(status, {
    state: { terminated: { reason: 'ContainerStatusUnknown', message: MESSAGE, exitCode: 137, startedAt: null, finishedAt: null } },
  });
}

/**
 * R1.8 — pkg/kubelet/status/status_manager.go `TerminatePod`: once initialized, a container
 * without a terminated state is recorded as ContainerStatusUnknown/137; init containers
 * that attempted to start likewise; a Pending or Running phase becomes Failed.
 */
export function terminatePodStatus(spec: PodSpec, status: PodStatus): PodStatus {
  const containerStatuses = hasPodInitialized(spec, status)
    ? status.containerStatuses.map((s) => (s.state.terminated ? s : unknownTermination(s)))
    : status.containerStatuses;
  const attempted = initializedPrefix(status.initContainerStatuses);
  const initContainerStatuses = status.initContainerStatuses.map((s, i) =>
    i < attempted && !s.state.terminated ? unknownTermination(s) : s,
  );
  const phase = status.phase === 'Pending' || status.phase === 'Running' ? 'Failed' : status.phase;
  return podStatusWith(status, { phase, containerStatuses, initContainerStatuses });
}

/** status_manager.go `hasPodInitialized` */
function hasPodInitialized(spec: PodSpec, status: PodStatus): boolean {
  const inits = spec.initContainers ?? [];
  if (inits.length === 0) return true;
  if (status.containerStatuses.some((s) => s.lastState.terminated || !s.state.waiting)) return true;
  const last = status.initContainerStatuses[status.initContainerStatuses.length - 1];
  const lastSpec = inits[inits.length - 1];
  if (!last || !lastSpec) return false;
  if (isSidecar(lastSpec)) return Boolean(last.state.running && last.started);
  return last.lastState.terminated?.exitCode === 0 || last.state.terminated?.exitCode === 0;
}

/** status_manager.go `initializedContainers`: all but the trailing never-started ones; at least the first. */
function initializedPrefix(statuses: readonly ContainerStatus[]): number {
  for (let i = statuses.length - 1; i >= 0; i--) {
    const s = statuses[i]!;
    if (!s.state.waiting || s.lastState.terminated) return i + 1;
  }
  return statuses.length > 0 ? 1 : 0;
}
