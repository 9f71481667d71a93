import { findPodContainer, podRestartPolicy, type ContainerRole } from '../model/container-role.js';
import type { ContainerStatus } from '../model/container-status.js';
import type { PodCondition } from '../model/pod-condition.js';
import type { PodStatus } from '../model/pod-status.js';
import type { Scenario } from '../model/scenario.js';
import type { Millis } from '../model/time.js';
import type { Snapshot, Trace } from '../model/trace.js';

/** Read-only questions invariants ask of a trace. Pure, and written apart from the simulator. */

export function allStatuses(status: PodStatus): ContainerStatus[] {
  return [...status.initContainerStatuses, ...status.containerStatuses];
}

export function statusOf(status: PodStatus, name: string): ContainerStatus | undefined {
  return status.containerStatuses.find((c) => c.name === name) ?? status.initContainerStatuses.find((c) => c.name === name);
}

export function conditionOf(status: PodStatus, type: string): PodCondition | undefined {
  return status.conditions.find((c) => c.type === type);
}

export function roleOf(scenario: Scenario, name: string): ContainerRole | undefined {
  return findPodContainer(scenario.pod, name)?.role;
}

export function restartPolicyOf(scenario: Scenario) {
  return podRestartPolicy(scenario.pod);
}

/** Consecutive snapshot pairs. */
export function* pairs(trace: Trace): Generator<[Snapshot, Snapshot]> {
  for (let i = 1; i < trace.snapshots.length; i++) yield [trace.snapshots[i - 1]!, trace.snapshots[i]!];
}

/** The first snapshot showing a deletionTimestamp, if the pod was deleted. */
export function deletionObservedAt(trace: Trace): Millis | undefined {
  return trace.snapshots.find((s) => s.deletionTimestamp !== null)?.at;
}

/** When deletion was requested (the event), else when it was first seen. */
export function deletionRequestedAt(trace: Trace): Millis | undefined {
  return trace.events.find((e) => e.type === 'DeletionRequested')?.at ?? deletionObservedAt(trace);
}

export interface Instance {
  container: string;
  restartCount: number;
  startedAt: Millis;
  exit?: { at: Millis; exitCode: number; reason: string };
}

/** The container's process instances, pairing ContainerStarted with the ContainerExited that follows. */
export function instancesOf(trace: Trace, container: string): Instance[] {
  const out: Instance[] = [];
  for (const e of trace.events) {
    if (!('container' in e) || e.container !== container) continue;
    if (e.type === 'ContainerStarted') out.push({ container, restartCount: e.restartCount, startedAt: e.at });
    else if (e.type === 'ContainerExited') {
      const open = [...out].reverse().find((i) => !i.exit);
      if (open) open.exit = { at: e.at, exitCode: e.exitCode, reason: e.reason };
    }
  }
  return out;
}

/** All container names of the scenario's pod, in spec order. */
export function containerNames(scenario: Scenario): string[] {
  return [...(scenario.pod.spec.initContainers ?? []), ...scenario.pod.spec.containers].map((c) => c.name);
}

/** Faults of a type in the scenario's schedule. */
export function hasFault(scenario: Scenario, type: Scenario['faults'][number]['type']): boolean {
  return scenario.faults.some((f) => f.type === type);
}

/** Sandbox re-creations (node reboot), from the trace's events. */
export function sandboxCreations(trace: Trace): Millis[] {
  return trace.events.filter((e) => e.type === 'SandboxCreated').map((e) => e.at);
}

export function formatMs(ms: Millis): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
