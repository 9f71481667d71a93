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
export function initializedCondition(spec: PodSpec, statuses: readonly ContainerStatus[], phase: PodPhase, made?: NotMetConditions): GeneratedCondition {
  const unknown = new Positions();
  const incomplete = new Positions();
  const inits = spec.initContainers ?? [];
  for (let i = 0; i < inits.length; i++) {
    const container = inits[i]!;
    const status = statusNamed(statuses, container.name, i);
    if (!status) unknown.add(i);
    else if (!isInitContainerInitialized(container, status)) incomplete.add(i);
  }
  if (phase === 'Succeeded' && unknown.empty) return INITIALIZED_POD_COMPLETED;
  if (hasAnyRegularContainerStarted(spec, statuses)) return INITIALIZED;
  if (unknown.empty && incomplete.empty) return INITIALIZED;
  return notMet(spec, 'Initialized', 'ContainersNotInitialized', 'incomplete', unknown, incomplete, made);
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
export function containersReadyCondition(spec: PodSpec, statuses: readonly ContainerStatus[], phase: PodPhase, made?: NotMetConditions): GeneratedCondition {
  const unknown = new Positions();
  const unready = new Positions();
  const inits = spec.initContainers ?? [];
  const all = inits.length + spec.containers.length;
  for (let i = 0; i < all; i++) {
    const container = i < inits.length ? inits[i]! : spec.containers[i - inits.length]!;
    if (i < inits.length && !isSidecar(container)) continue;
    const status = statusNamed(statuses, container.name, i);
    if (!status) unknown.add(i);
    else if (!status.ready) unready.add(i);
  }
  if (phase === 'Succeeded' && unknown.empty) return terminalCondition('ContainersReady', phase);
  if (phase === 'Failed') return terminalCondition('ContainersReady', phase);
  if (unknown.empty && unready.empty) return CONTAINERS_READY;
  return notMet(spec, 'ContainersReady', 'ContainersNotReady', 'unready', unknown, unready, made);
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
  const succeeded = phase === 'Succeeded';
  if (type === 'Ready') return succeeded ? READY_POD_COMPLETED : READY_POD_FAILED;
  return succeeded ? CONTAINERS_READY_POD_COMPLETED : CONTAINERS_READY_POD_FAILED;
}

const READY_POD_COMPLETED: GeneratedCondition = { type: 'Ready', status: 'False', reason: 'PodCompleted', message: undefined };
const READY_POD_FAILED: GeneratedCondition = { type: 'Ready', status: 'False', reason: 'PodFailed', message: undefined };
const CONTAINERS_READY_POD_COMPLETED: GeneratedCondition = { type: 'ContainersReady', status: 'False', reason: 'PodCompleted', message: undefined };
const CONTAINERS_READY_POD_FAILED: GeneratedCondition = { type: 'ContainersReady', status: 'False', reason: 'PodFailed', message: undefined };

/* Conditions are never changed once made, so one of each constant one serves every status. */
const INITIALIZED: GeneratedCondition = { type: 'Initialized', status: 'True', reason: undefined, message: undefined };
const INITIALIZED_POD_COMPLETED: GeneratedCondition = { type: 'Initialized', status: 'True', reason: 'PodCompleted', message: undefined };
const CONTAINERS_READY: GeneratedCondition = { type: 'ContainersReady', status: 'True', reason: undefined, message: undefined };
const POD_READY: GeneratedCondition = { type: 'Ready', status: 'True', reason: undefined, message: undefined };

/** Containers by spec position (init containers first): the first 30 as bits, so that a set is also a key. */
class Positions {
  bits = 0;
  /** Positions past the bits, if any (such a set is no key). */
  beyond: number[] | null = null;

  get empty(): boolean {
    return this.bits === 0 && this.beyond === null;
  }

  add(position: number): void {
    if (position < 30) this.bits |= 1 << position;
    else (this.beyond ??= []).push(position);
  }

  has(position: number): boolean {
    return position < 30 ? (this.bits & (1 << position)) !== 0 : this.beyond !== null && this.beyond.includes(position);
  }

  /** The names of its containers, in spec order. */
  names(spec: PodSpec): GoStringList {
    const names = new GoStringList();
    const inits = spec.initContainers ?? [];
    const all = inits.length + spec.containers.length;
    for (let i = 0; i < all; i++) if (this.has(i)) names.add(i < inits.length ? inits[i]!.name : spec.containers[i - inits.length]!.name);
    return names;
  }
}

/**
 * The not-met conditions made for one pod's spec, by the set of containers they name: with it,
 * the same condition is the same object from sync to sync (conditions are never changed). The
 * kubelet keeps one for its pod; without one, each condition is made afresh.
 */
export class NotMetConditions {
  readonly made = new Map<number | string, GeneratedCondition>();
}

/** A condition that does not hold, with the kubelet's message naming the containers. */
function notMet(
  spec: PodSpec,
  type: 'Initialized' | 'ContainersReady',
  reason: string,
  kind: 'incomplete' | 'unready',
  unknown: Positions,
  other: Positions,
  remembered: NotMetConditions | undefined,
): GeneratedCondition {
  const keyed = remembered !== undefined && unknown.beyond === null && other.beyond === null;
  const kind1 = type === 'Initialized' ? 0 : 1;
  // A small integer while both sets fit in 15 bits (the common pod), else a string.
  const key = unknown.bits < 1 << 15 && other.bits < 1 << 15 ? kind1 + 2 * (unknown.bits | (other.bits << 15)) : `${kind1}:${unknown.bits}:${other.bits}`;
  let made = keyed ? remembered.made.get(key) : undefined;
  if (made === undefined) {
    made = { type, status: 'False', reason, message: listMessages(unknown.names(spec), kind, other.names(spec)) };
    if (keyed) remembered.made.set(key, made);
  }
  return made;
}

/** "containers with unknown status: [a], containers with <kind> status: [b]", leaving out an empty list. */
function listMessages(unknown: GoStringList, kind: 'incomplete' | 'unready', other: GoStringList): string {
  const first = unknown.empty ? '' : `containers with unknown status: ${unknown.toString()}`;
  if (other.empty) return first;
  const second = `containers with ${kind} status: ${other.toString()}`;
  return first === '' ? second : `${first}, ${second}`;
}
