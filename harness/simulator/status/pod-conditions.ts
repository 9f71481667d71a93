import { isSidecar } from '../../../specs/model/container-role.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { Container, PodSpec } from '../../../specs/model/pod-manifest.js';
import type { PodPhase } from '../../../specs/model/pod-phase.js';
import { goList } from './go-format.js';

/** A condition before the status manager stamps its lastTransitionTime. */
export type GeneratedCondition = Omit<PodCondition, 'lastTransitionTime'>;

/** R6.4 — pkg/kubelet/status/generate.go `GeneratePodInitializedCondition` */
export function initializedCondition(spec: PodSpec, statuses: readonly ContainerStatus[], phase: PodPhase): GeneratedCondition {
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (const container of spec.initContainers ?? []) {
    const status = statuses.find((s) => s.name === container.name);
    if (!status) unknown.push(container.name);
    else if (!isInitContainerInitialized(container, status)) incomplete.push(container.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { type: 'Initialized', status: 'True', reason: 'PodCompleted' };
  if (hasAnyRegularContainerStarted(spec, statuses)) return { type: 'Initialized', status: 'True' };
  const messages: string[] = [];
  if (unknown.length > 0) messages.push(`containers with unknown status: ${goList(unknown)}`);
  if (incomplete.length > 0) messages.push(`containers with incomplete status: ${goList(incomplete)}`);
  if (messages.length > 0) {
    return { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: messages.join(', ') };
  }
  return { type: 'Initialized', status: 'True' };
}

/** R2.2 — generate.go `isInitContainerInitialized` */
function isInitContainerInitialized(container: Container, status: ContainerStatus): boolean {
  return isSidecar(container) ? status.started : status.ready;
}

/** helpers.go `HasAnyRegularContainerStarted`: a regular container is Running or Terminated. */
function hasAnyRegularContainerStarted(spec: PodSpec, statuses: readonly ContainerStatus[]): boolean {
  return spec.containers.some((c) => {
    const s = statuses.find((x) => x.name === c.name);
    return Boolean(s && (s.state.running || s.state.terminated));
  });
}

/** R6.5 — generate.go `GenerateContainersReadyCondition`: regular containers and sidecars. */
export function containersReadyCondition(spec: PodSpec, statuses: readonly ContainerStatus[], phase: PodPhase): GeneratedCondition {
  const unknown: string[] = [];
  const unready: string[] = [];
  const judge = (container: Container): void => {
    const status = statuses.find((s) => s.name === container.name);
    if (!status) unknown.push(container.name);
    else if (!status.ready) unready.push(container.name);
  };
  for (const container of spec.initContainers ?? []) if (isSidecar(container)) judge(container);
  for (const container of spec.containers) judge(container);
  if (phase === 'Succeeded' && unknown.length === 0) return terminalCondition('ContainersReady', phase);
  if (phase === 'Failed') return terminalCondition('ContainersReady', phase);
  if (unknown.length === 0 && unready.length === 0) return { type: 'ContainersReady', status: 'True' };
  const messages: string[] = [];
  if (unknown.length > 0) messages.push(`containers with unknown status: ${goList(unknown)}`);
  if (unready.length > 0) messages.push(`containers with unready status: ${goList(unready)}`);
  return { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: messages.join(', ') };
}

/** R6.6 — generate.go `GeneratePodReadyCondition`: ContainersReady, then the readiness gates. */
export function readyCondition(
  spec: PodSpec,
  otherConditions: readonly { type: string; status: string }[],
  containersReady: GeneratedCondition,
): GeneratedCondition {
  if (containersReady.status !== 'True') {
    return { type: 'Ready', status: containersReady.status, reason: containersReady.reason, message: containersReady.message };
  }
  const messages: string[] = [];
  for (const gate of spec.readinessGates ?? []) {
    const c = otherConditions.find((x) => x.type === gate.conditionType);
    if (!c) messages.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`);
    else if (c.status !== 'True') messages.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${c.status}`);
  }
  if (messages.length > 0) return { type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady', message: messages.join(', ') };
  return { type: 'Ready', status: 'True' };
}

/** R1.7 — generate.go `generate{ContainersReady,PodReady}ConditionForTerminalPhase` */
export function terminalCondition(type: 'Ready' | 'ContainersReady', phase: PodPhase): GeneratedCondition {
  return { type, status: 'False', reason: phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed' };
}
