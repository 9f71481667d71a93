import { podContainers } from '../../../../specs/model/container-role.js';
import { findCondition } from '../../../../specs/model/pod-condition.js';
import type { Scenario } from '../../../../specs/model/scenario.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { Snapshot, Trace, TraceOptions } from '../../../../specs/model/trace.js';
import type { TraceEvent, TraceEventOf } from '../../../../specs/model/trace-event.js';
import { containerInstances } from './container-instances.js';
import { sortEvents } from './event-order.js';
import { hookEvents } from './hook-events.js';
import { instanceEvents } from './instance-events.js';
import type { KubeEventOccurrence } from './kube-event.js';
import { kubeEventTraceEvents } from './kube-event-trace-events.js';
import { kubeletHookEvents } from './kubelet-hook-events.js';
import type { ObservedInstance } from './observed-instance.js';
import type { PodObservation } from './pod-observation.js';
import { sandboxEvents } from './sandbox-events.js';
import type { ScriptLogLine } from './script-log-line.js';

/** Everything a scenario run on a cluster gathered, in trace time. */
export interface TraceEvidence {
  scenario: Scenario;
  backend: string;
  kubernetesVersion: string;
  options: TraceOptions;
  horizon: Millis;
  truncated?: string;
  observations: readonly PodObservation[];
  podRemovedAt: Millis | undefined;
  /** After the pod left the API: when each container's task was first seen stopped on the node. */
  stoppedOnNode: ReadonlyMap<string, Millis>;
  lines: readonly ScriptLogLine[];
  kubeEvents: readonly KubeEventOccurrence[];
  /** FaultInjected and the backend's own DeletionRequested, as the injector recorded them. */
  injected: readonly TraceEvent[];
  /** NodeReadyChanged, NodeTaintAdded, NodeTaintRemoved. */
  nodeEvents: readonly TraceEvent[];
  scenarioImage(ref: string): string;
}

/**
 * The Trace of a cluster run: snapshots whenever the API showed something new, and
 * events from the scripts' log, the kubelet's Events, the statuses and the injector.
 * Pure, so every rule here is unit-tested without a cluster.
 */
export function assembleTrace(e: TraceEvidence): Trace {
  const observations = e.observations.filter((o) => o.at <= e.horizon);
  const snapshots = distinctSnapshots(observations.map((o) => o.snapshot));
  const lines = e.lines.filter((l) => l.at <= e.horizon);
  const kube = e.kubeEvents.filter((k) => k.at <= e.horizon);
  const injected = e.injected.filter((i) => i.at <= e.horizon);
  const applied = injected.filter((i): i is TraceEventOf<'FaultInjected'> => i.type === 'FaultInjected' && i.outcome === 'applied');
  const removals = new Map<string, Millis[]>();
  const outsideKills = new Map<string, Millis[]>();
  const reboots = applied.filter((f) => f.fault.type === 'NodeReboot').map((f) => f.at);
  for (const f of applied) {
    if (f.fault.type === 'RemoveContainer') removals.set(f.fault.container, [...(removals.get(f.fault.container) ?? []), f.at]);
    if (f.fault.type === 'KillContainer' || f.fault.type === 'OOMKill' || f.fault.type === 'RemoveContainer') {
      outsideKills.set(f.fault.container, [...(outsideKills.get(f.fault.container) ?? []), f.at]);
    }
  }

  const events: TraceEvent[] = [...injected, ...e.nodeEvents.filter((n) => n.at <= e.horizon)];
  const instances = new Map<string, ObservedInstance[]>();
  for (const { name } of podContainers(e.scenario.pod)) {
    const stoppedOnNode = e.stoppedOnNode.get(name);
    const list = containerInstances(name, { observations, lines, removals, ...(stoppedOnNode !== undefined ? { stoppedOnNode } : {}) }).filter((i) => i.startedAt <= e.horizon);
    for (const i of list) if (i.exit && i.exit.at > e.horizon) delete i.exit;
    instances.set(name, list);
    events.push(...instanceEvents(list, [...(outsideKills.get(name) ?? []), ...reboots]));
  }
  for (const l of lines) {
    if (l.kind === 'sigterm') events.push({ at: l.at, type: 'SignalSent', container: l.container, signal: 'SIGTERM' });
    if (l.kind === 'probe') events.push({ at: l.at, type: 'ProbeResult', container: l.container, probe: l.probe, result: l.result });
  }
  events.push(...hookEvents(lines, instances));
  const deletions = [...injected, ...otherDeletions(snapshots, injected)].filter((d) => d.type === 'DeletionRequested');
  events.push(...deletions.filter((d) => !injected.includes(d)));
  events.push(...kubeEventTraceEvents(kube, {
    scenario: e.scenario,
    snapshots,
    lines,
    deletions: deletions.flatMap((d) => (d.type === 'DeletionRequested' ? [{ at: d.at, gracePeriodSeconds: d.gracePeriodSeconds }] : [])),
    scenarioImage: e.scenarioImage,
  }));
  const kills = events.filter((x): x is TraceEventOf<'ContainerKilling'> => x.type === 'ContainerKilling');
  events.push(...kubeletHookEvents(e.scenario, instances, kills, kube));
  events.push(...sandboxEvents(snapshots, kube, events));
  if (e.podRemovedAt !== undefined && e.podRemovedAt <= e.horizon) events.push({ at: e.podRemovedAt, type: 'PodRemoved' });

  return {
    scenario: e.scenario.name,
    backend: e.backend,
    kubernetesVersion: e.kubernetesVersion,
    horizon: e.horizon,
    ...(e.truncated ? { truncated: e.truncated } : {}),
    options: e.options,
    snapshots,
    events: sortEvents(events),
  };
}

/** A watch delivers every write; only those that change what the model observes become snapshots. */
function distinctSnapshots(all: readonly Snapshot[]): Snapshot[] {
  const out: Snapshot[] = [];
  let previous = '';
  for (const s of all) {
    const { at: _at, ...rest } = s;
    const key = JSON.stringify(rest);
    if (key === previous) continue;
    previous = key;
    out.push(s);
  }
  return out;
}

/**
 * A deletionTimestamp the backend did not ask for: the taint-eviction controller
 * (R10.5; DisruptionTarget reason DeletionByTaintManager). It was requested
 * `deletionGracePeriodSeconds` before the timestamp.
 */
function otherDeletions(snapshots: readonly Snapshot[], injected: readonly TraceEvent[]): TraceEvent[] {
  const first = snapshots.find((s) => s.deletionTimestamp !== null);
  if (!first || first.deletionTimestamp === null) return [];
  const ours = injected.some((i) => i.type === 'DeletionRequested' && i.at <= first.at);
  if (ours) return [];
  const grace = first.deletionGracePeriodSeconds ?? 0;
  const evicted = findCondition(first.status.conditions, 'DisruptionTarget')?.reason === 'DeletionByTaintManager';
  return [{
    at: Math.min(first.at, Math.max(0, first.deletionTimestamp - grace * 1000)),
    type: 'DeletionRequested',
    by: evicted ? 'taint-eviction' : 'user',
    gracePeriodSeconds: grace,
    force: false,
  }];
}
