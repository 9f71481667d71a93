import { isSidecar } from '../../../specs/model/container-role.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import type { PodPhase } from '../../../specs/model/pod-phase.js';
import { statusNamed } from './status-named.js';

/**
 * R1.3 — pkg/kubelet/kubelet_pods.go `getPhase`: the phase from the container
 * statuses alone. `podIsTerminal`: the pod worker is terminating the pod;
 * `podHasInitialized`: a regular container has a record in the current sandbox.
 */
export function getPhase(
  spec: PodSpec,
  initStatuses: readonly ContainerStatus[],
  statuses: readonly ContainerStatus[],
  podIsTerminal: boolean,
  podHasInitialized: boolean,
): PodPhase {
  const restartPolicy = spec.restartPolicy ?? 'Always';
  let pendingInit = 0;
  let failedInit = 0;
  let pendingSidecars = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  let unknown = 0;

  const inits = spec.initContainers ?? [];
  for (let i = 0; i < inits.length; i++) {
    const container = inits[i]!;
    const status = statusNamed(initStatuses, container.name, i);
    if (isSidecar(container)) {
      // R1.3 B: sidecars count as running, or hold the pod Pending until started.
      if (!status) {
        unknown++;
      } else if (status.state.running) {
        running++;
        if (!status.started) pendingSidecars++;
      } else if (status.state.terminated) {
        // ignored (R1.3d)
      } else if (status.state.waiting && !status.lastState.terminated) {
        pendingSidecars++;
        waiting++;
      }
      continue;
    }
    // R1.3 A: regular init containers.
    if (!status || status.state.running) {
      pendingInit++;
    } else if (status.state.terminated) {
      if (status.state.terminated.exitCode !== 0) failedInit++;
    } else if (status.state.waiting) {
      const last = status.lastState.terminated;
      if (last) {
        if (last.exitCode !== 0) failedInit++;
      } else {
        pendingInit++;
      }
    }
  }

  // R1.3 C: regular containers.
  for (let i = 0; i < spec.containers.length; i++) {
    const container = spec.containers[i]!;
    const status = statusNamed(statuses, container.name, i);
    if (!status) {
      unknown++;
    } else if (status.state.running) {
      running++;
    } else if (status.state.terminated) {
      stopped++;
      if (status.state.terminated.exitCode === 0) succeeded++;
    } else if (status.state.waiting) {
      if (status.lastState.terminated) stopped++;
      else waiting++;
    } else {
      unknown++;
    }
  }

  // R1.3 D.
  if (failedInit > 0 && restartPolicy === 'Never') return 'Failed';
  if (pendingInit > 0 || (pendingSidecars > 0 && !podHasInitialized) || waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

