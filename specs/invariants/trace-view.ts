import type { ProbeType } from '../model/behaviour.js';
import { podRestartPolicy, type ContainerRole } from '../model/container-role.js';
import type { ContainerStatus } from '../model/container-status.js';
import type { PodCondition } from '../model/pod-condition.js';
import type { RestartPolicy } from '../model/pod-manifest.js';
import type { PodStatus } from '../model/pod-status.js';
import type { Scenario } from '../model/scenario.js';
import type { Millis } from '../model/time.js';
import type { Fault, FaultType } from '../model/fault.js';
import type { Snapshot, Trace } from '../model/trace.js';
import type { TraceEvent, TraceEventOf, TraceEventType } from '../model/trace-event.js';
import { podFacts, type ProbeParams } from './pod-facts.js';
import { eventsOfContainer, eventsOfType, KeyedTraceMemo, TraceMemo, traceIndex, type Indexed } from './trace-index.js';

export type { ProbeParams } from './pod-facts.js';
export { eventsOfType, type Indexed } from './trace-index.js';

/**
 * Read-only questions invariants ask of a trace. Pure, and written apart from the simulator.
 * Views that depend on the trace alone are computed once per trace (see trace-index.ts) and
 * shared: the lists they return, and their items, are readonly.
 */

export function allStatuses(status: PodStatus): ContainerStatus[] {
  return [...status.initContainerStatuses, ...status.containerStatuses];
}

/** The container's status: among the regular containers' first, then the init containers'. */
export function statusOf(status: PodStatus, name: string): ContainerStatus | undefined {
  for (const c of status.containerStatuses) if (c.name === name) return c;
  for (const c of status.initContainerStatuses) if (c.name === name) return c;
  return undefined;
}

export function conditionOf(status: PodStatus, type: string): PodCondition | undefined {
  for (const c of status.conditions) if (c.type === type) return c;
  return undefined;
}

export function roleOf(scenario: Scenario, name: string): ContainerRole | undefined {
  return podFacts(scenario.pod).containers.get(name)?.role;
}

export function restartPolicyOf(scenario: Scenario) {
  return podRestartPolicy(scenario.pod);
}

/** Consecutive snapshot pairs. */
export function* pairs(trace: Trace): Generator<[Snapshot, Snapshot]> {
  for (let i = 1; i < trace.snapshots.length; i++) yield [trace.snapshots[i - 1]!, trace.snapshots[i]!];
}

const deletionObservedAtMemo = new TraceMemo<Millis | undefined>();

/** The first snapshot showing a deletionTimestamp, if the pod was deleted. */
export function deletionObservedAt(trace: Trace): Millis | undefined {
  return deletionObservedAtMemo.get(trace, () => trace.snapshots.find((s) => s.deletionTimestamp !== null)?.at);
}

const deletionRequestedAtMemo = new TraceMemo<Millis | undefined>();

/** When deletion was requested (the event), else when it was first seen. */
export function deletionRequestedAt(trace: Trace): Millis | undefined {
  return deletionRequestedAtMemo.get(trace, () => eventsOfType(trace, 'DeletionRequested')[0]?.at ?? deletionObservedAt(trace));
}

const podTerminationAtMemo = new TraceMemo<Millis | undefined>();

/**
 * When the kubelet began terminating the pod (SyncTerminatingPod), as far as the trace shows:
 * the deletion request, or the first `PodTermination` kill after which nothing starts again —
 * an active deadline or a finished pod, which set no deletionTimestamp. (A kill of a container
 * in "unknown" state also says PodTermination, but containers start after it.)
 */
export function podTerminationAt(trace: Trace): Millis | undefined {
  return podTerminationAtMemo.get(trace, () => {
    // In trace order: a termination kill comes after every start (a sync may start containers and
    // then be terminated in the same millisecond); an "unknown"-state kill comes before the restart.
    let lastStart = -1;
    trace.events.forEach((e, i) => {
      if (e.type === 'ContainerStarted') lastStart = i;
    });
    const kill = trace.events.find((e, i): e is TraceEventOf<'ContainerKilling'> => i > lastStart && e.type === 'ContainerKilling' && e.reason === 'PodTermination');
    const deleted = deletionRequestedAt(trace);
    if (kill === undefined) return deleted;
    return deleted === undefined ? kill.at : Math.min(deleted, kill.at);
  });
}

/**
 * When the kubelet began terminating the pod having computed a terminal phase itself — an active
 * deadline, or a pod that finished — rather than for a deletion alone: the termination of
 * `podTerminationAt`. The status manager then holds a terminal phase (the API shows it only once
 * every container stopped, R1.6), and every probe worker exits at its next tick (R3.12, worker.go
 * doProbe "Worker should terminate if pod is terminated"). A deletion that comes first is such a
 * termination too from the moment a termination begins past the active deadline:
 * SyncTerminatingPod starts with generateAPIPodStatus, whose active deadline handler
 * (ShouldEvict) sets Failed (kubelet.go SyncTerminatingPod, R5.10) — the first one, or one begun
 * again for a shorter grace period (R5.2). A termination (re)starts with PodTermination kills:
 * the first such kill no earlier than CLOCK_SLACK before the deadline counts (the safe side: a
 * later kill of the same termination, or a deadline just after it, only asks for fewer results).
 */
export function terminalPhaseTerminationAt(trace: Trace, scenario: Scenario): Millis | undefined {
  const at = podTerminationAt(trace);
  if (at === undefined) return undefined;
  const deleted = deletionRequestedAt(trace);
  if (deleted === undefined || deleted > at) return at;
  const deadline = activeDeadlineAt(trace, scenario);
  if (deadline === undefined) return undefined;
  return trace.events.find((e) => e.type === 'ContainerKilling' && e.reason === 'PodTermination' && e.at >= deleted && e.at + CLOCK_SLACK >= deadline)?.at;
}

export interface Instance {
  readonly container: string;
  readonly restartCount: number;
  readonly startedAt: Millis;
  readonly exit?: { readonly at: Millis; readonly exitCode: number; readonly reason: string };
}

/** The container's process instances, pairing ContainerStarted with the ContainerExited that follows (see instanceSpans). */
export function instancesOf(trace: Trace, container: string): readonly Instance[] {
  return instanceSpans(trace, container);
}

/** All container names of the scenario's pod, in spec order. */
export function containerNames(scenario: Scenario): readonly string[] {
  return podFacts(scenario.pod).names;
}

/** Faults of a type in the scenario's schedule. */
export function hasFault(scenario: Scenario, type: Scenario['faults'][number]['type']): boolean {
  return scenario.faults.some((f) => f.type === type);
}

// ——— Helpers for the phase, init, sidecar, condition and kubectl invariants ———

/** The pod's container names of one role (R2.6), in spec order. */
export function namesOfRole(scenario: Scenario, role: ContainerRole): readonly string[] {
  return podFacts(scenario.pod).namesOfRole[role];
}

/**
 * The restart policy that decides whether a regular container or regular init container is
 * restarted: its own `restartPolicy` where ContainerRestartRules allows one (R2.3, R4.1 step 5),
 * else the pod's.
 */
export function effectiveRestartPolicy(scenario: Scenario, name: string): RestartPolicy {
  const own = podFacts(scenario.pod).containers.get(name)?.spec.restartPolicy;
  return own ?? podRestartPolicy(scenario.pod);
}

/**
 * R2.5: times the sandbox was re-created (SandboxCreated with attempt > 0). Init container
 * records are purged then, so "initialized" starts over.
 */
export function sandboxRecreations(trace: Trace): readonly Millis[] {
  return sandboxRecreationsMemo.get(trace, () => eventsOfType(trace, 'SandboxCreated').filter((e) => e.attempt > 0).map((e) => e.at));
}

const sandboxRecreationsMemo = new TraceMemo<readonly Millis[]>();

/** When the sandbox current at `at` was created: the latest re-creation at or before `at`, or -Infinity for the first one. */
export function sandboxEpochAt(trace: Trace, at: Millis): Millis {
  let epoch = -Infinity;
  for (const t of sandboxRecreations(trace)) if (t <= at && t > epoch) epoch = t;
  return epoch;
}

/**
 * HasAnyActiveRegularContainerStarted (getPhase's podHasInitialized): whether, just before `at`,
 * some regular container has a runtime record in the current sandbox — its newest instance
 * started in this sandbox and was not removed from the runtime since. While none has, the pod is
 * (re-)initializing: after a sandbox re-creation (R2.5) or after every regular container's
 * record was removed (E13). A start in the same instant as `at` is not counted: it may follow; one
 * in the same instant as the sandbox's creation counts when it follows the creation in the trace.
 */
export function hasActiveRegularContainer(trace: Trace, scenario: Scenario, at: Millis): boolean {
  // The current sandbox's re-creation; an instance started in its millisecond belongs to it only if it comes after it in the trace.
  const creation = sandboxCreations(trace).filter((c) => c.attempt > 0 && c.at <= at).at(-1);
  return scenario.pod.spec.containers.some((c) => {
    const latest = instanceSpans(trace, c.name)
      .filter((i) => i.startedAt < at)
      .at(-1);
    if (!latest || !startedIn(latest, creation)) return false;
    return !removedFromRuntime(trace, c.name, latest, at);
  });
}

/** Whether the instance started in the sandbox of that re-creation (any, without one): after it in the trace. */
function startedIn(span: InstanceSpan, creation: SandboxCreation | undefined): boolean {
  return creation === undefined || span.startIndex > creation.index;
}

/** hasActiveRegularContainer at a position in `trace.events` rather than a time: exact for events in the same instant. */
export function hasActiveRegularContainerAtIndex(trace: Trace, scenario: Scenario, index: number): boolean {
  const at = trace.events[index]?.at ?? trace.horizon;
  const creation = sandboxCreations(trace).filter((c) => c.attempt > 0 && c.index < index).at(-1);
  return scenario.pod.spec.containers.some((c) => {
    const latest = instanceSpans(trace, c.name)
      .filter((s) => s.startIndex < index)
      .at(-1);
    if (!latest || !startedIn(latest, creation)) return false;
    const removed = removals(trace, c.name).some((r) => r.span.ordinal === latest.ordinal && r.at <= at);
    return !removed;
  });
}

/**
 * R2.7, R3.5: the event at which this sidecar instance became started — its start, its first
 * successful startup probe if it has one, and its postStart hook's successful return if it has
 * one (startContainer runs postStart synchronously), whichever comes last in the trace's order.
 * A kubelet that restarts while the instance runs knows nothing of its hook and probe results:
 * for it the instance is started as soon as it sees it running, or at its own first successful
 * startup probe. Undefined while neither happened. Read from events: the API's `started` is
 * written asynchronously.
 */
export function startedEvidence(trace: Trace, scenario: Scenario, span: InstanceSpan): { at: Millis; index: number } | undefined {
  const spec = podFacts(scenario.pod).containers.get(span.container)?.spec;
  const end = span.exitIndex ?? trace.events.length;
  // The events that can tell are the container's own: its probe results and hook ends.
  const own = eventsOfContainer(trace, span.container);
  const first = (from: number, match: (e: Trace['events'][number]) => boolean) => {
    for (const { event, index } of own) {
      if (index <= from) continue;
      if (index >= end) break;
      if (match(event)) return index;
    }
    return undefined;
  };
  const startupSuccess = (e: Trace['events'][number]) => e.type === 'ProbeResult' && e.probe === 'startup' && e.result === 'Success';
  const candidates: number[] = [];
  // the kubelet that started it
  let index: number | undefined = span.startIndex;
  if (spec?.startupProbe) {
    const i = first(span.startIndex, startupSuccess);
    index = i === undefined ? undefined : Math.max(index, i);
  }
  if (index !== undefined && spec?.lifecycle?.postStart) {
    const i = first(span.startIndex, (e) => e.type === 'HookFinished' && e.hook === 'postStart' && e.result === 'Success');
    index = i === undefined ? undefined : Math.max(index, i);
  }
  if (index !== undefined) candidates.push(index);
  // a kubelet that came up while it ran
  for (const r of kubeletStartIndexes(trace)) {
    if (r <= span.startIndex || r >= end) continue;
    const i = spec?.startupProbe ? first(r, startupSuccess) : r;
    if (i !== undefined) candidates.push(i);
  }
  if (candidates.length === 0) return undefined;
  const best = Math.min(...candidates);
  return { at: trace.events[best]!.at, index: best };
}

/**
 * R5.10: the first moment the pod is past its active deadline, counted from `status.startTime`,
 * with the spec's value and every applied SetActiveDeadline (which can only set it from nil
 * or lower it). Undefined if it never is within the trace.
 */
export function activeDeadlinePassedAt(trace: Trace, scenario: Scenario): Millis | undefined {
  const at = activeDeadlineAt(trace, scenario);
  return at !== undefined && at <= trace.horizon ? at : undefined;
}

/**
 * E13: the instances removed from the runtime under the kubelet (an applied RemoveContainer),
 * with the time of the removal. The removal hits the instance running at that moment: the oldest
 * one started by then and not exited before it — the exit it causes, the restart that follows
 * and the fault's own record may fall in the same instant in any order.
 */
export function removals(trace: Trace, name: string): readonly Removal[] {
  return removalsMemo.get(trace, name, () => {
    const out: Removal[] = [];
    for (const { at, fault } of appliedFaults(trace, 'RemoveContainer')) {
      if (fault.container !== name) continue;
      const target = instanceSpans(trace, name).find((s) => s.startedAt <= at && (!s.exit || s.exit.at >= at));
      if (target) out.push({ span: target, at });
    }
    return out;
  });
}

/** An instance removed from the runtime, and when (see `removals`). */
export interface Removal {
  readonly span: InstanceSpan;
  readonly at: Millis;
}

const removalsMemo = new KeyedTraceMemo<readonly Removal[]>();

/**
 * Whether this instance was removed from the runtime (see `removals`), at or before `before` if
 * given. With its record gone the kubelet restarts the container even under restartPolicy Never
 * (R4.1 step 2).
 */
export function removedFromRuntime(trace: Trace, name: string, i: Instance, before: Millis = Infinity): boolean {
  return removals(trace, name).some((r) => r.at <= before && r.span.startedAt === i.startedAt && r.span.restartCount === i.restartCount);
}

/**
 * R2.12, R2.3: the first moment the pod is finished — every regular container has run and its
 * latest instance exited with no restart to come (Never; OnFailure after exit 0; not a
 * container removed from the runtime, which R4.1 step 2 restarts even under Never; not one the
 * kubelet killed for a failed probe under OnFailure, nor for a changed spec) — or a
 * regular init container failed where it will not be restarted. From then on the kubelet
 * kills what is left, sidecars included, and starts nothing. Undefined if never.
 */
export function podFinishedAt(trace: Trace, scenario: Scenario): Millis | undefined {
  const removed = (name: string, i: Instance) => removedFromRuntime(trace, name, i);
  const candidates: Millis[] = [];
  for (const name of namesOfRole(scenario, 'init')) {
    if (effectiveRestartPolicy(scenario, name) !== 'Never') continue;
    for (const i of instancesOf(trace, name)) if (i.exit && i.exit.exitCode !== 0 && !removed(name, i)) candidates.push(i.exit.at);
  }
  const regular = namesOfRole(scenario, 'regular');
  const instances = new Map(regular.map((name) => [name, instancesOf(trace, name)]));
  const exits = [...instances.values()].flatMap((list) => list.flatMap((i) => (i.exit ? [i.exit.at] : [])));
  for (const t of exits) {
    const done = regular.every((name) => {
      const latest = instances.get(name)!.filter((i) => i.startedAt <= t).at(-1);
      if (!latest?.exit || latest.exit.at > t || removed(name, latest)) return false;
      const policy = effectiveRestartPolicy(scenario, name);
      // A kill by the kubelet decides the restart in the same sync: a probe kill restarts
      // unless the policy is Never, a changed spec always does (computePodActions).
      const kill = containerEvents(trace, 'ContainerKilling', name).find(
        ({ event: e }) => e.at >= latest.startedAt && e.at <= latest.exit!.at && e.reason !== 'PodTermination' && e.reason !== 'NoContainerToKeep',
      )?.event;
      if (kill?.reason === 'SpecChanged') return false;
      if (kill?.reason === 'LivenessProbe' || kill?.reason === 'StartupProbe') return policy === 'Never';
      return policy === 'Never' || (policy === 'OnFailure' && latest.exit.exitCode === 0);
    });
    if (done) candidates.push(t);
  }
  return candidates.length > 0 ? Math.min(...candidates) : undefined;
}

/** A sandbox creation: when, where in the trace's order, and which attempt (0: the first sandbox). */
export interface SandboxCreation {
  readonly at: Millis;
  readonly index: number;
  readonly attempt: number;
}

/** Sandbox (re-)creations (node reboot), from the trace's events. */
export function sandboxCreations(trace: Trace): readonly SandboxCreation[] {
  return sandboxCreationsMemo.get(trace, () => {
    const out: SandboxCreation[] = [];
    trace.events.forEach((e, index) => {
      if (e.type === 'SandboxCreated') out.push({ at: e.at, index, attempt: e.attempt });
    });
    return out;
  });
}

const sandboxCreationsMemo = new TraceMemo<readonly SandboxCreation[]>();

export function formatMs(ms: Millis): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

// ——— Helpers for the probe, restart, termination, node and hook invariants ———

/**
 * How far apart an event and the moment it describes may be on a real cluster: API
 * timestamps have whole seconds and the cluster backend records events by watching
 * and from container scripts, so each recorded time is good to ±1 s.
 */
export const CLOCK_SLACK: Millis = 1000;

/** What instanceSpans fills in while it pairs starts with exits. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A container instance with the positions of its start and exit in `trace.events`. */
export interface InstanceSpan extends Instance {
  /** 0-based position among the container's instances. */
  readonly ordinal: number;
  readonly startIndex: number;
  readonly exitIndex?: number;
}

/**
 * The container's instances with event positions, so events at the same millisecond
 * (an exit and the restart that follows it) are told apart by their order in the trace.
 */
export function instanceSpans(trace: Trace, container: string): readonly InstanceSpan[] {
  return instanceSpansMemo.get(trace, container, () => {
    const out: Mutable<InstanceSpan>[] = [];
    // Started and not yet exited, oldest first: an exit closes the newest of them.
    const open: Mutable<InstanceSpan>[] = [];
    for (const { event: e, index } of eventsOfContainer(trace, container)) {
      if (e.type === 'ContainerStarted') {
        const span: Mutable<InstanceSpan> = { container, restartCount: e.restartCount, startedAt: e.at, ordinal: out.length, startIndex: index };
        out.push(span);
        open.push(span);
      } else if (e.type === 'ContainerExited') {
        const span = open.pop();
        if (span) {
          span.exit = { at: e.at, exitCode: e.exitCode, reason: e.reason };
          span.exitIndex = index;
        }
      }
    }
    return out;
  });
}

const instanceSpansMemo = new KeyedTraceMemo<readonly InstanceSpan[]>();

/** The instance current at event position `index`: the newest one started before it. */
export function spanAtIndex(spans: readonly InstanceSpan[], index: number): InstanceSpan | undefined {
  let found: InstanceSpan | undefined;
  for (const s of spans) if (s.startIndex < index) found = s;
  return found;
}

/** Whether the instance was running at event position `index` (started before it, not yet exited). */
export function runningAtIndex(span: InstanceSpan, index: number): boolean {
  return span.startIndex < index && (span.exitIndex === undefined || span.exitIndex > index);
}

/** Events of one type for one container, with their positions in `trace.events`. */
export function containerEvents<T extends TraceEventType>(trace: Trace, type: T, container: string): readonly Indexed<TraceEventOf<T>>[] {
  const byType = containerEventsByTypeMemo.get(trace, container, () => {
    const groups = new Map<TraceEventType, Indexed<TraceEvent>[]>();
    for (const e of eventsOfContainer(trace, container)) {
      let group = groups.get(e.event.type);
      if (group === undefined) groups.set(e.event.type, (group = []));
      group.push(e);
    }
    return groups;
  });
  return (byType.get(type) ?? NO_EVENTS) as readonly Indexed<TraceEventOf<T>>[];
}

/** A container's events grouped by type, in trace order. */
const containerEventsByTypeMemo = new KeyedTraceMemo<ReadonlyMap<TraceEventType, readonly Indexed<TraceEvent>[]>>();
const NO_EVENTS: readonly Indexed<TraceEvent>[] = [];

/** An applied fault of one type, when, and where its FaultInjected is in `trace.events`. */
export interface AppliedFault<T extends FaultType> {
  readonly at: Millis;
  readonly fault: Extract<Fault, { type: T }>;
  readonly index: number;
}

/** Times a fault of this type was applied (FaultInjected with outcome `applied`), in trace order. */
export function appliedFaults<T extends FaultType>(trace: Trace, type: T): readonly AppliedFault<T>[] {
  const faults = appliedFaultsMemo.get(trace, type, () =>
    appliedFaultEvents(trace).filter((e) => e.event.fault.type === type).map(({ event: e, index }) => ({ at: e.at, fault: e.fault, index })),
  );
  return faults as unknown as readonly AppliedFault<T>[];
}

const appliedFaultsMemo = new KeyedTraceMemo<readonly { at: Millis; fault: Fault; index: number }[]>();

/** Every applied fault (FaultInjected with outcome `applied`), in trace order. */
export function appliedFaultEvents(trace: Trace): readonly Indexed<TraceEventOf<'FaultInjected'>>[] {
  return traceIndex(trace).appliedFaults;
}

/**
 * The container's start attempts that failed at the image (ImagePullFailed, ImagePullBackOff),
 * in trace order.
 */
export function failedImageAttempts(trace: Trace, container: string): readonly Indexed<TraceEventOf<'ImagePullFailed' | 'ImagePullBackOff'>>[] {
  const attempts = failedImageAttemptsMemo.get(trace, container, () =>
    eventsOfContainer(trace, container).filter(({ event: e }) => e.type === 'ImagePullFailed' || e.type === 'ImagePullBackOff'),
  );
  return attempts as readonly Indexed<TraceEventOf<'ImagePullFailed' | 'ImagePullBackOff'>>[];
}

const failedImageAttemptsMemo = new KeyedTraceMemo<readonly Indexed<TraceEvent>[]>();

/** A half-open time interval [from, to). */
export interface Interval {
  readonly from: Millis;
  readonly to: Millis;
}

/**
 * When the kubelet was not running: from an applied NodeDown to the next applied NodeUp
 * or NodeReboot (or the horizon). A NodeReboot restarts the kubelet at once; it is an
 * empty interval here, see `kubeletRestarts`.
 */
export function kubeletDown(trace: Trace): readonly Interval[] {
  return kubeletDownMemo.get(trace, () => {
    const out: Interval[] = [];
    let from: Millis | undefined;
    for (const { event: e } of appliedFaultEvents(trace)) {
      if (e.fault.type === 'NodeDown' && from === undefined) from = e.at;
      if ((e.fault.type === 'NodeUp' || e.fault.type === 'NodeReboot') && from !== undefined) {
        out.push({ from, to: e.at });
        from = undefined;
      }
    }
    if (from !== undefined) out.push({ from, to: Math.max(trace.horizon, from) });
    return out;
  });
}

const kubeletDownMemo = new TraceMemo<readonly Interval[]>();

/** Times a new kubelet process started (applied NodeUp or NodeReboot): its memory is empty. */
export function kubeletRestarts(trace: Trace): readonly Millis[] {
  return kubeletRestartsMemo.get(trace, () => kubeletStartIndexes(trace).map((index) => trace.events[index]!.at));
}

const kubeletRestartsMemo = new TraceMemo<readonly Millis[]>();

/** Positions in `trace.events` where a new kubelet process started (see kubeletRestarts). */
export function kubeletStartIndexes(trace: Trace): readonly number[] {
  return kubeletStartIndexesMemo.get(trace, () =>
    appliedFaultEvents(trace).filter((e) => e.event.fault.type === 'NodeUp' || e.event.fault.type === 'NodeReboot').map((e) => e.index),
  );
}

const kubeletStartIndexesMemo = new TraceMemo<readonly number[]>();

/** Whether [from, to] meets any of the intervals (closed on both ends, to be safe). */
export function overlaps(intervals: readonly Interval[], from: Millis, to: Millis): boolean {
  return intervals.some((i) => i.from <= to && i.to >= from);
}

/** When the API first showed a terminal phase, if it did. */
export function terminalPhaseAt(trace: Trace): Millis | undefined {
  return terminalPhaseAtMemo.get(trace, () => trace.snapshots.find((s) => s.status.phase === 'Succeeded' || s.status.phase === 'Failed')?.at);
}

const terminalPhaseAtMemo = new TraceMemo<Millis | undefined>();

/** The container's probe of this type, defaulted (R3.1); undefined if it has none. Shared: read it, never change it. */
export function probeParams(scenario: Scenario, container: string, type: ProbeType): Readonly<ProbeParams> | undefined {
  return podFacts(scenario.pod).probes.get(container)?.[type];
}

/** Regular containers and sidecars: the containers that may have probes and hooks (R2.6). */
export function probedContainers(scenario: Scenario): readonly string[] {
  return podFacts(scenario.pod).probed;
}

/** The first DeletionRequested event, with its grace and whether it was forced. */
export function firstDeletion(trace: Trace): TraceEventOf<'DeletionRequested'> | undefined {
  return firstDeletionMemo.get(trace, () => eventsOfType(trace, 'DeletionRequested')[0]);
}

const firstDeletionMemo = new TraceMemo<TraceEventOf<'DeletionRequested'> | undefined>();

/**
 * Times the pod worker may be held up inside one sync, so that anything it would do next
 * waits: a postStart hook runs inside startContainer (R7.1), and a kill of a container
 * inside SyncPod waits for its preStop and stop (R5.3). Intervals run from the hook's
 * start to its end, and from a ContainerKilling to that instance's exit.
 */
export function podWorkerBusy(trace: Trace): readonly Interval[] {
  return podWorkerBusyMemo.get(trace, () => computePodWorkerBusy(trace));
}

const podWorkerBusyMemo = new TraceMemo<readonly Interval[]>();

function computePodWorkerBusy(trace: Trace): Interval[] {
  const out: Interval[] = [];
  const open = new Map<string, Millis>();
  const killing = new Map<string, Millis>();
  // A kubelet that stops or restarts abandons whatever its pod worker was doing.
  const closeAll = (at: Millis) => {
    for (const from of [...open.values(), ...killing.values()]) out.push({ from, to: at });
    open.clear();
    killing.clear();
  };
  for (const e of trace.events) {
    if (e.type === 'FaultInjected' && e.outcome === 'applied' && (e.fault.type === 'NodeDown' || e.fault.type === 'NodeUp' || e.fault.type === 'NodeReboot')) closeAll(e.at);
    else if (e.type === 'HookStarted' && e.hook === 'postStart') {
      const from = open.get(e.container);
      if (from !== undefined) out.push({ from, to: e.at });
      open.set(e.container, e.at);
    } else if (e.type === 'HookFinished' && e.hook === 'postStart') {
      const from = open.get(e.container);
      if (from !== undefined) out.push({ from, to: e.at });
      open.delete(e.container);
    } else if (e.type === 'ContainerKilling') {
      if (!killing.has(e.container)) killing.set(e.container, e.at);
    } else if (e.type === 'ContainerExited') {
      const from = killing.get(e.container);
      if (from !== undefined) out.push({ from, to: e.at });
      killing.delete(e.container);
    }
  }
  for (const from of [...open.values(), ...killing.values()]) out.push({ from, to: trace.horizon });
  return out;
}

/** The end of the chain of busy intervals that covers `t` (or `t` itself when none does). */
export function busyUntil(busy: readonly Interval[], t: Millis): Millis {
  let end = t;
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of busy) {
      if (i.from <= end && i.to > end) {
        end = i.to;
        grew = true;
      }
    }
  }
  return end;
}

/**
 * The largest crash-loop back-off the kubelet can apply before starting the container
 * again after `span` exited (R4.3, R4.4). doBackOff calls Next() — doubling the entry —
 * once per start attempt that gets past the back-off check: every later instance, and
 * every attempt that then failed at the image (ImagePullFailed / ImagePullBackOff events).
 * After n such calls the entry is at most min(initial·2^(n−1), max), and 0 before the
 * first. A reset (a run over 600 s, a kubelet restart, a new image) only lowers it, so
 * this is an upper bound in every case.
 */
export function backOffBound(trace: Trace, span: InstanceSpan): Millis {
  const exitAt = span.exit?.at ?? trace.horizon;
  const failedAttempts = failedImageAttempts(trace, span.container).filter(({ event: e }) => e.at <= exitAt).length;
  const calls = span.ordinal + failedAttempts;
  if (calls <= 0) return 0;
  const o = trace.options;
  return Math.min(o.crashLoopBackOffInitial * 2 ** Math.min(calls - 1, 30), o.crashLoopBackOffMax);
}

/**
 * R5.10: the moment the active deadline passes — `status.startTime` + activeDeadlineSeconds,
 * with applied SetActiveDeadline updates (set once, or lowered); a deadline lowered below
 * the time already elapsed passes at the update. Undefined when the pod has none or never
 * got a startTime.
 */
export function activeDeadlineAt(trace: Trace, scenario: Scenario): Millis | undefined {
  const startTime = trace.snapshots.find((s) => s.status.startTime !== null)?.status.startTime;
  if (startTime === undefined || startTime === null) return undefined;
  const initial = scenario.pod.spec.activeDeadlineSeconds;
  let at = initial !== undefined ? startTime + initial * 1000 : undefined;
  for (const { at: updatedAt, fault } of appliedFaults(trace, 'SetActiveDeadline')) {
    if (at !== undefined && at <= updatedAt) break;
    at = Math.max(startTime + fault.seconds * 1000, updatedAt);
  }
  return at;
}

/** A probe result at which `failureThreshold` consecutive failures were reached (R3.6). */
export interface FailureCrossing {
  readonly index: number;
  readonly at: Millis;
  /** The instance current at the crossing's position in the trace. */
  readonly span: InstanceSpan | undefined;
  /** Every instance the crossing result may belong to (see candidateSpans). */
  readonly candidates: readonly InstanceSpan[];
}

/**
 * Where a liveness or startup probe's failures reach the threshold, the kubelet publishes
 * Failure and resets its run (worker.go doProbe: `w.resultRun = 0` after a liveness/startup
 * Failure is set). `perInstance` says whether the run starts over with each container
 * instance: the newest worker resets it when it sees a new container ID
 * (observeContainerLocked), the legacy worker of 1.33–1.35 does not (only `onHold` is
 * cleared), so a run can begin on one instance and cross on the next. Counting across
 * instances therefore finds every crossing either worker can make, and no later than it.
 */
export function failureCrossings(trace: Trace, container: string, probe: ProbeType, failureThreshold: number, perInstance: boolean): readonly FailureCrossing[] {
  return failureCrossingsMemo.get(trace, `${container} ${probe} ${failureThreshold} ${perInstance}`, () =>
    computeFailureCrossings(trace, container, probe, failureThreshold, perInstance),
  );
}

const failureCrossingsMemo = new KeyedTraceMemo<readonly FailureCrossing[]>();

function computeFailureCrossings(trace: Trace, container: string, probe: ProbeType, failureThreshold: number, perInstance: boolean): FailureCrossing[] {
  const spans = instanceSpans(trace, container);
  const out: FailureCrossing[] = [];
  let run = 0;
  let runSpan: InstanceSpan | undefined;
  // A new kubelet process has new prober workers: their counts start from nothing.
  const kubeletStarts = kubeletStartIndexes(trace);
  let lastIndex = -1;
  for (const r of attributedProbeResults(trace, container)) {
    if (r.event.probe !== probe) continue;
    if (kubeletStarts.some((k) => k > lastIndex && k < r.index)) run = 0;
    lastIndex = r.index;
    const span = spanAtIndex(spans, r.index);
    const candidates = r.candidates;
    // Per instance, a result that may belong to the instance before is not counted at all.
    if (perInstance && candidates.length > 1) continue;
    if (perInstance && span?.ordinal !== runSpan?.ordinal) run = 0;
    runSpan = span;
    if (r.event.result === 'Success') {
      run = 0;
      continue;
    }
    run++;
    if (run >= failureThreshold) {
      out.push({ index: r.index, at: r.event.at, span, candidates });
      run = 0;
    }
  }
  return out;
}

/**
 * The instance a status shows running: the one whose start is nearest its `startedAt` (the newest
 * on a tie). API times are whole seconds, so when several instances started within CLOCK_SLACK of
 * it (on v1.34.10 a sidecar ran 9 ms and its restart began in the same second), the one with the
 * status' restartCount is meant.
 */
export function runningSpanOf(spans: readonly InstanceSpan[], status: ContainerStatus): InstanceSpan | undefined {
  const startedAt = status.state.running?.startedAt;
  if (startedAt === undefined) return undefined;
  let found: InstanceSpan | undefined;
  let counted: InstanceSpan | undefined;
  for (const s of spans) {
    if (s.startedAt > startedAt + CLOCK_SLACK) break;
    if (!found || Math.abs(s.startedAt - startedAt) <= Math.abs(found.startedAt - startedAt)) found = s;
    if (s.restartCount === status.restartCount && Math.abs(s.startedAt - startedAt) <= CLOCK_SLACK) counted = s;
  }
  return counted ?? found;
}

/** Whether position `index` lies within the instance (after its start, before its exit). */
export function inSpan(span: InstanceSpan, index: number): boolean {
  return index > span.startIndex && (span.exitIndex === undefined || index < span.exitIndex);
}

/**
 * The instances an event at position `index` and time `at` may belong to. Events such as
 * ProbeResult do not name the instance, and an exit and the next start can fall in the
 * same second as the event: every instance running within ±1 s of it is a candidate, and
 * so is the one current at its position. An invariant gives the benefit of the doubt.
 */
export function candidateSpans(spans: readonly InstanceSpan[], index: number, at: Millis): InstanceSpan[] {
  const current = spanAtIndex(spans, index);
  return spans.filter((s) => s === current || (s.startedAt <= at + CLOCK_SLACK && (s.exit === undefined || s.exit.at >= at - CLOCK_SLACK)));
}

/** Whether an event at (`index`, `at`) may belong to `span` (see candidateSpans). */
export function mayBelongTo(spans: readonly InstanceSpan[], span: InstanceSpan, index: number, at: Millis): boolean {
  return candidateSpans(spans, index, at).some((s) => s.ordinal === span.ordinal);
}

/** A probe result with the instances it may belong to. */
export interface AttributedProbeResult extends Indexed<TraceEventOf<'ProbeResult'>> {
  /** candidateSpans of the result among the container's instances, in start order. */
  readonly candidates: readonly InstanceSpan[];
}

/** The container's probe results in trace order, each with the instances it may belong to (see candidateSpans). */
export function attributedProbeResults(trace: Trace, container: string): readonly AttributedProbeResult[] {
  return attributedProbeResultsMemo.get(trace, container, () => {
    const spans = instanceSpans(trace, container);
    return containerEvents(trace, 'ProbeResult', container).map((r) => ({ event: r.event, index: r.index, candidates: candidateSpans(spans, r.index, r.event.at) }));
  });
}

const attributedProbeResultsMemo = new KeyedTraceMemo<readonly AttributedProbeResult[]>();

/** Whether an attributed result may belong to `span` (mayBelongTo, with the candidates found once). */
export function mayBeOf(result: { readonly candidates: readonly InstanceSpan[] }, span: InstanceSpan): boolean {
  return result.candidates.some((s) => s.ordinal === span.ordinal);
}

/**
 * Whether the kubelet may hold a regular container's restart to re-initialize the pod at
 * some moment in [from, to]: computeInitContainerActions counts the pod as initialized
 * only while some regular container is created or running (or the last init container is
 * a started sidecar), so while every other regular container is down, a pod with init
 * containers first waits for its sidecars to run again — under their own back-off
 * (R2.7, R2.8).
 */
export function reinitializationMayHold(trace: Trace, scenario: Scenario, container: string, from: Millis, to: Millis): boolean {
  if ((scenario.pod.spec.initContainers ?? []).length === 0) return false;
  const running: Interval[] = scenario.pod.spec.containers
    .filter((c) => c.name !== container)
    .flatMap((c) => instanceSpans(trace, c.name).map((s) => ({ from: s.startedAt, to: s.exit?.at ?? Infinity })))
    .sort((a, b) => a.from - b.from);
  let covered = from;
  for (const r of running) {
    if (r.from > covered) break;
    covered = Math.max(covered, r.to);
    if (covered >= to) return false;
  }
  return covered < to;
}

/** Whether a start attempt of the container failed at the image in [from, to] (ImagePullFailed / ImagePullBackOff). */
export function imageFailedBetween(trace: Trace, container: string, from: Millis, to: Millis): boolean {
  return failedImageAttempts(trace, container).some(({ event: e }) => e.at >= from && e.at <= to);
}

/**
 * When the API first showed this instance running — the kubelet's own status, which is what
 * its prober workers aim at. Undefined if it never did (its status updates may have been
 * refused: status_manager.go checkContainerStateTransition).
 */
export function shownRunningAt(trace: Trace, container: string, span: InstanceSpan): Millis | undefined {
  for (const s of trace.snapshots) {
    if (s.at < span.startedAt - CLOCK_SLACK) continue;
    const startedAt = statusOf(s.status, container)?.state.running?.startedAt;
    if (startedAt !== undefined && Math.abs(startedAt - span.startedAt) <= CLOCK_SLACK) return s.at;
    if (span.exit && s.at > span.exit.at + CLOCK_SLACK) return undefined;
  }
  return undefined;
}
