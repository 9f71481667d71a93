import type { ProbeOutcome } from '../../../specs/model/behaviour.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import { findRecord, newestAt, type RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import type { KubeletRules } from '../rules/kubelet-rules.js';
import type { PodActions } from './pod-actions.js';
import { podSandboxChanged } from './pod-sandbox-changed.js';
import { containerChanged, shouldRecordBeRestarted, shouldRestartOnFailure } from './restart-decision.js';

export interface ProbeResultsView {
  liveness(recordId: number): ProbeOutcome | undefined;
  startup(recordId: number): ProbeOutcome | undefined;
  readiness(recordId: number): ProbeOutcome | undefined;
}

/**
 * R2.5, R2.12, R3.7, R3.8, R4.1, R4.2 — pkg/kubelet/kuberuntime/kuberuntime_manager.go
 * `computePodActions`: what one sync does to the runtime.
 */
export function computePodActions(spec: PodSpec, runtime: RuntimePodStatus, deleting: boolean, probes: ProbeResultsView, rules: KubeletRules): PodActions {
  const sandbox = podSandboxChanged(runtime);
  const inits = (spec.initContainers ?? []).length;
  const actions: PodActions = {
    killPod: sandbox.changed,
    createSandbox: sandbox.changed,
    attempt: sandbox.attempt,
    initContainersToStart: [],
    containersToStart: [],
    containersToKill: [],
  };

  // R2.5: a new sandbox means everything starts over — unless the pod is not to be restarted.
  if (sandbox.changed) {
    if (!shouldRestartOnFailure(spec) && sandbox.attempt !== 0 && runtime.containers.length !== 0) {
      actions.createSandbox = false;
      return actions;
    }
    const toStart: number[] = [];
    for (let i = 0; i < spec.containers.length; i++) {
      const record = newestAt(runtime, spec, inits + i);
      const succeeded = record?.state === 'exited' && record.exitCode === 0;
      if (spec.restartPolicy === 'OnFailure' && succeeded) continue;
      toStart.push(i);
    }
    if (toStart.length === 0 && hasAnyRegularContainerCreated(spec, runtime)) {
      actions.createSandbox = false;
      return actions;
    }
    if ((spec.initContainers ?? []).length > 0) {
      actions.initContainersToStart = [0];
      return actions;
    }
    actions.containersToStart = toStart;
    return actions;
  }

  const initialized = rules.computeInitContainerActions(spec, runtime, actions, probes);
  if (actions.killPod || !initialized) return actions;

  let keepCount = 0;
  for (let idx = 0; idx < spec.containers.length; idx++) {
    const container = spec.containers[idx]!;
    const record = newestAt(runtime, spec, inits + idx);
    if (!record || record.state !== 'running') {
      if (shouldRecordBeRestarted(record, spec, deleting)) {
        actions.containersToStart.push(idx);
        if (record?.state === 'unknown') {
          actions.containersToKill.push({ recordId: record.id, name: container.name, reason: 'PodTermination', message: `Container is in "unknown" state, try killing it before restart` });
        }
      }
      continue;
    }
    let restart = shouldRestartOnFailure(spec);
    let kill: { reason: 'SpecChanged' | 'LivenessProbe' | 'StartupProbe'; message: string } | undefined;
    if (containerChanged(container, record.image)) {
      kill = { reason: 'SpecChanged', message: `Container ${container.name} definition changed` };
      restart = true; // R4.2: regardless of the restart policy
    } else {
      const probeKill = rules.probeKillReason(probes, record.id);
      if (probeKill) kill = { reason: probeKill, message: `Container ${container.name} failed ${probeKill === 'LivenessProbe' ? 'liveness' : 'startup'} probe` };
    }
    if (!kill) {
      keepCount++;
      continue;
    }
    if (restart) {
      kill.message += ', will be restarted';
      actions.containersToStart.push(idx);
    }
    actions.containersToKill.push({ recordId: record.id, name: container.name, reason: kill.reason, message: kill.message });
  }

  // R2.12: nothing left to run — kill the pod, sidecars included, and restart no sidecar.
  if (keepCount === 0 && actions.containersToStart.length === 0) {
    actions.killPod = true;
    actions.initContainersToStart = [];
  }
  return actions;
}

/** kuberuntime_container.go `hasAnyRegularContainerCreated` */
function hasAnyRegularContainerCreated(spec: PodSpec, runtime: RuntimePodStatus): boolean {
  for (const c of spec.containers) {
    const state = findRecord(runtime, c.name)?.state;
    if (state === 'created' || state === 'running' || state === 'exited') return true;
  }
  return false;
}
