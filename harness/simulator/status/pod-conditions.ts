import { isSidecar } from '../../../specs/model/container-role.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { Container, PodSpec } from '../../../specs/model/pod-manifest.js';
import type { PodPhase } from '../../../specs/model/pod-phase.js';
import { GoStringList } from './go-format.js';
import { statusNamed } from './status-named.js';

/** A condition before the status manager stamps its lastTransitionTime. */
export type GeneratedCondition = Omit<PodCondition, 'lastTransitionTime'>;

/** R6.4 — pkg/kubelet/status/generate.go `GeneratePodInitializedCondition` */
export function initializedCondition(spec: PodSpec, statuses: readonly ContainerStatus[], phase: PodPhase): GeneratedCondition {
  const unknown = new GoStringList();
  const incomplete = new GoStringList();
  const inits = spec.initContainers ?? [];
  for (let i = 0; i < inits.length; i++) {
    const container = inits[i]!;
    const status = statusNamed(statuses, container.name, i);
    if (!status) unknown.add(container.name);
    else if (!isInitContainerInitialized(container, status)) incomplete.add(container.name);
  }
  if (phase === 'Succeeded' && unknown.empty) return INITIALIZED_POD_COMPLETED;
  if (hasAnyRegularContainerStarted(spec, statuses)) return INITIALIZED;
  if (unknown.empty && incomplete.empty) return INITIALIZED;
  return { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: listMessages(unknown, 'incomplete', incomplete) };
}

/** R2.2 — generate.go `isInitContainerInitialized` */
function isInitContainerInitialized(container: Container, status: ContainerStatus): boolean {
  return isSidecar(container) ? status.started : status.ready;
}

/** helpers.go `HasAnyRegularContainerStarted`: a regular container is Running or Terminated. */
function hasAnyRegularContainerStarted(spec: PodSpec, statuses: readonly ContainerStatus[]): boolean {
  const first = (spec.initContainers ?? []).length;
  for (let i = 0; i < spec.containers.length; i++) {
    const s = statusNamed(statuses, spec.containers[i]!.name, first + i);
    if (s && (s.state.running || s.state.terminated)) return true;
  }
  return false;
}

/** R6.5 — generate.go `GenerateContainersReadyCondition`: regular containers and sidecars. */
export function containersReadyCondition(spec: PodSpec, statuses: readonly ContainerStatus[], phase: PodPhase): GeneratedCondition {
  const unknown = new GoStringList();
  const unready = new GoStringList();
  const inits = spec.initContainers ?? [];
  const all = inits.length + spec.containers.length;
  for (let i = 0; i < all; i++) {
    const container = i < inits.length ? inits[i]! : spec.containers[i - inits.length]!;
    if (i < inits.length && !isSidecar(container)) continue;
    const status = statusNamed(statuses, container.name, i);
    if (!status) unknown.add(container.name);
    else if (!status.ready) unready.add(container.name);
  }
  if (phase === 'Succeeded' && unknown.empty) return terminalCondition('ContainersReady', phase);
  if (phase === 'Failed') return terminalCondition('ContainersReady', phase);
  if (unknown.empty && unready.empty) return CONTAINERS_READY;
  return { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: listMessages(unknown, 'unready', unready) };
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
  if (spec.readinessGates === undefined || spec.readinessGates.length === 0) return POD_READY;
  const messages: string[] = [];
  for (const gate of spec.readinessGates) {
    const c = otherConditions.find((x) => x.type === gate.conditionType);
    if (!c) messages.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`);
    else if (c.status !== 'True') messages.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${c.status}`);
  }
  if (messages.length > 0) return { type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady', message: messages.join(', ') };
  return POD_READY;
}

/** R1.7 — generate.go `generate{ContainersReady,PodReady}ConditionForTerminalPhase` */
export function terminalCondition(type: 'Ready' | 'ContainersReady', phase: PodPhase): GeneratedCondition {
  return { type, status: 'False', reason: phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed', message: undefined };
}

/* The conditions that carry no names are the same every time: one frozen object of each serves every status. */
/* Conditions are never changed once made, so one of each constant one serves every status. */
const INITIALIZED: GeneratedCondition = { type: 'Initialized', status: 'True', reason: undefined, message: undefined };
const INITIALIZED_POD_COMPLETED: GeneratedCondition = { type: 'Initialized', status: 'True', reason: 'PodCompleted', message: undefined };
const CONTAINERS_READY: GeneratedCondition = { type: 'ContainersReady', status: 'True', reason: undefined, message: undefined };
const POD_READY: GeneratedCondition = { type: 'Ready', status: 'True', reason: undefined, message: undefined };


/** "containers with unknown status: [a], containers with <kind> status: [b]", leaving out an empty list. */
function listMessages(unknown: GoStringList, kind: 'incomplete' | 'unready', other: GoStringList): string {
  const first = unknown.empty ? '' : `containers with unknown status: ${unknown.toString()}`;
  if (other.empty) return first;
  const second = `containers with ${kind} status: ${other.toString()}`;
  return first === '' ? second : `${first}, ${second}`;
}
