import { isSidecar } from '../../../specs/model/container-role.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import { newestAt, type RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import type { ProbeResultsView } from './compute-pod-actions.js';
import type { PodActions } from './pod-actions.js';
import { containerChanged, shouldRestartOnFailure } from './restart-decision.js';

/**
 * R2.1–R2.3, R2.7–R2.9, R2.11 — kuberuntime_container.go `computeInitContainerActions`
 * (the SidecarContainers path). Walks the init containers from last to first; returns
 * whether the pod has been initialized.
 */
export function computeInitContainerActions(spec: PodSpec, runtime: RuntimePodStatus, actions: PodActions, probes: ProbeResultsView): boolean {
  const inits = spec.initContainers ?? [];
  if (inits.length === 0) return true;

  // A created or running regular container proves initialization happened (exited ones do not: after a reboot they all are).
  let podHasInitialized = false;
  for (let j = 0; j < spec.containers.length; j++) {
    const state = newestAt(runtime, spec, inits.length + j)?.state;
    if (state === 'created' || state === 'running') podHasInitialized = true;
  }
  let previouslyInitialized = podHasInitialized;
  const restartOnFailure = shouldRestartOnFailure(spec);
  const toStart: number[] = [];

  for (let i = inits.length - 1; i >= 0; i--) {
    const container = inits[i]!;
    const sidecar = isSidecar(container);
    const record = newestAt(runtime, spec, i);
    if (!record) {
      if (previouslyInitialized && sidecar) toStart.push(i);
      continue;
    }
    if (previouslyInitialized && !sidecar) continue;

    switch (record.state) {
      case 'created':
        toStart.push(i);
        break;
      case 'running': {
        if (!sidecar) break; // a regular init container: wait for it to finish
        if (container.startupProbe) {
          // Not started yet (no result, or Unknown): wait; a startup failure restarts it (R3.8).
          const startup = probes.startup(record.id);
          if (startup !== 'Success') {
            if (startup === 'Failure') {
              actions.containersToKill.push({ recordId: record.id, name: container.name, reason: 'StartupProbe', message: `Init container ${container.name} failed startup probe` });
              toStart.push(i);
            }
            break;
          }
        }
        // R2.7: the sidecar has started; the next init container may start.
        if (i === inits.length - 1) podHasInitialized = true;
        else if (!previouslyInitialized) toStart.push(i + 1);
        if (containerChanged(container, record.image)) {
          actions.containersToKill.push({ recordId: record.id, name: container.name, reason: 'SpecChanged', message: `Init container ${container.name} definition changed` });
          toStart.push(i);
          break;
        }
        if (container.livenessProbe && probes.liveness(record.id) === 'Failure') {
          actions.containersToKill.push({ recordId: record.id, name: container.name, reason: 'LivenessProbe', message: `Init container ${container.name} failed liveness probe` });
          toStart.push(i);
        }
        break;
      }
      case 'exited':
        if (sidecar) {
          toStart.push(i); // R2.8
        } else if (record.exitCode !== 0) {
          if (!restartOnFailure) {
            actions.killPod = true; // R2.3: Never — the pod fails
            actions.initContainersToStart = [];
            return false;
          }
          toStart.push(i);
        } else if (i === inits.length - 1) {
          podHasInitialized = true;
        } else {
          toStart.push(i + 1);
        }
        break;
      case 'unknown':
        if (!sidecar && !restartOnFailure) {
          actions.killPod = true;
          actions.initContainersToStart = [];
          return false;
        }
        actions.containersToKill.push({ recordId: record.id, name: container.name, reason: 'PodTermination', message: `Init container is in "unknown" state, try killing it before restart` });
        toStart.push(i);
        break;
      default: {
        const never: never = record.state;
        return never;
      }
    }
    if (!previouslyInitialized) previouslyInitialized = true;
  }
  if (!previouslyInitialized) toStart.push(0);
  actions.initContainersToStart = toStart.reverse();
  return podHasInitialized;
}
