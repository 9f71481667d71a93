import { printPod } from '../../../specs/kubectl/print-pod.js';
import type { HookName, ProbeOutcome, ProbeType } from '../../../specs/model/behaviour.js';
import { podContainers, type ContainerRole } from '../../../specs/model/container-role.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import { formatDuration } from '../../../specs/model/duration.js';
import { faultContainer } from '../../../specs/model/fault.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import { POD_CONDITION_TYPES } from '../../../specs/model/pod-condition.js';
import type { Scenario } from '../../../specs/model/scenario.js';
import type { Millis } from '../../../specs/model/time.js';
import type { Snapshot, Trace } from '../../../specs/model/trace.js';
import type { HookResult, TraceEvent } from '../../../specs/model/trace-event.js';

/** A stretch of time in one state, as the API showed it. */
export interface TimelineBand {
  from: Millis;
  to: Millis;
  /** Drives the colour: a container state kind, a phase, a condition status. */
  kind: string;
  label: string;
  /** The tooltip. */
  detail: string;
}

export const MARKER_KINDS = ['start', 'restart', 'exit', 'kill', 'signal', 'backoff', 'image', 'fault', 'deletion', 'removed', 'node', 'sandbox'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** Something that happened at a moment (an event of the trace). */
export interface TimelineMarker {
  at: Millis;
  kind: MarkerKind;
  label: string;
  detail: string;
  /** For a back-off: when the wait ends, and how many times the kubelet reported it. */
  until?: Millis;
  repeats?: number;
}

export interface ProbeTick {
  at: Millis;
  probe: ProbeType;
  result: ProbeOutcome;
}

export interface HookSpan {
  from: Millis;
  to: Millis;
  hook: HookName;
  /** Unset when the hook had not finished by the end of the trace. */
  result?: HookResult;
}

export interface ContainerLane {
  name: string;
  role: ContainerRole;
  bands: TimelineBand[];
  /** When the container was ready. */
  ready: TimelineBand[];
  probes: ProbeTick[];
  hooks: HookSpan[];
  markers: TimelineMarker[];
}

/**
 * A trace rearranged for drawing: one band per thing that has a state over time (kubectl's
 * STATUS, the phase, each condition, each container) and markers for the events.
 */
export interface TimelineModel {
  /** The right end of the time axis: a little after the last thing that happened. */
  end: Millis;
  /** The last snapshot or event other than a probe result (or moment asked to be shown). */
  lastActivity: Millis;
  horizon: Millis;
  truncated?: string;
  /** When the pod left the API: nothing after it is the API's view. */
  removedAt?: Millis;
  kubectl: TimelineBand[];
  phase: TimelineBand[];
  conditions: { type: string; bands: TimelineBand[] }[];
  pod: TimelineMarker[];
  containers: ContainerLane[];
}

/** The shortest axis drawn, so a trace that ends at 0 (a zero-time loop) still has a width. */
const MIN_END: Millis = 1000;

export function timelineModel(trace: Trace, scenario?: Scenario, alsoShow: Millis[] = []): TimelineModel {
  const removedAt = trace.events.find((e) => e.type === 'PodRemoved')?.at;
  const lastSnapshot = trace.snapshots.reduce((m, s) => Math.max(m, s.at), 0);
  // Probe results alone change nothing (a result that matters changes the status or kills
  // the container, which are seen): they do not keep the axis going.
  const lastActivity = Math.max(lastSnapshot, trace.events.reduce((m, e) => (e.type === 'ProbeResult' ? m : Math.max(m, e.at)), 0), ...alsoShow);
  // A quiet tail (everything over at 3s, probes until 10m) would squeeze the story into the
  // left edge: the axis stops a little after the last thing that happened — a little after,
  // so that what happened last is not drawn on the edge.
  const end = Math.max(MIN_END, lastActivity + Math.max(MIN_END, lastActivity * 0.06));
  // The API's view ends when the pod is removed, else at the horizon (or the last snapshot).
  const apiEnd = removedAt ?? Math.max(trace.horizon, lastSnapshot);
  const spec = scenario?.pod.spec ?? specFromStatuses(trace.snapshots);
  const snaps = trace.snapshots;

  const kubectl = bandsOf(snaps, apiEnd, (s) => {
    const p = s.printed ?? printPod(spec, s.status, s.deletionTimestamp);
    return { kind: kubectlKind(p.status), label: p.status, detail: `kubectl: READY ${p.ready}, STATUS ${p.status}, RESTARTS ${p.restarts}` };
  });
  const phase = bandsOf(snaps, apiEnd, (s) => {
    const label = s.status.reason ? `${s.status.phase} (${s.status.reason})` : s.status.phase;
    return { kind: s.status.phase, label, detail: `phase ${label}${s.status.message ? `: ${s.status.message}` : ''}` };
  });
  const conditionTypes = orderedConditionTypes(snaps);
  const conditions = conditionTypes.map((type) => ({
    type,
    bands: bandsOf(snaps, apiEnd, (s) => {
      const c = s.status.conditions.find((x) => x.type === type);
      if (!c) return undefined;
      const label = c.reason ? `${c.status} (${c.reason})` : c.status;
      return { kind: c.status, label, detail: `${type}=${label}${c.message ? `: ${c.message}` : ''}` };
    }),
  }));

  const lanes = new Map<string, ContainerLane>();
  const lane = (name: string, role: ContainerRole = 'regular'): ContainerLane => {
    let l = lanes.get(name);
    if (!l) lanes.set(name, (l = { name, role, bands: [], ready: [], probes: [], hooks: [], markers: [] }));
    return l;
  };
  if (scenario) for (const c of podContainers(scenario.pod)) lane(c.name, c.role);
  else for (const c of spec.initContainers ?? []) lane(c.name, 'init');
  for (const c of spec.containers) lane(c.name, 'regular');
  for (const l of lanes.values()) {
    const statusOf = (s: Snapshot) => [...s.status.initContainerStatuses, ...s.status.containerStatuses].find((c) => c.name === l.name);
    l.bands = bandsOf(snaps, apiEnd, (s) => {
      const c = statusOf(s);
      return c ? containerBand(c) : undefined;
    });
    l.ready = bandsOf(snaps, apiEnd, (s) => (statusOf(s)?.ready ? { kind: 'ready', label: 'ready', detail: `${l.name} ready` } : undefined));
  }

  const pod: TimelineMarker[] = [];
  const openHooks = new Map<string, HookSpan>();
  for (const e of trace.events) {
    const container = eventContainer(e);
    if (container === undefined) {
      const m = podMarker(e);
      if (m) pod.push(m);
      continue;
    }
    const l = lane(container);
    switch (e.type) {
      case 'ProbeResult':
        l.probes.push({ at: e.at, probe: e.probe, result: e.result });
        break;
      case 'HookStarted': {
        const span: HookSpan = { from: e.at, to: end, hook: e.hook };
        l.hooks.push(span);
        openHooks.set(`${container}/${e.hook}`, span);
        break;
      }
      case 'HookFinished': {
        const span = openHooks.get(`${container}/${e.hook}`);
        if (span) {
          span.to = e.at;
          span.result = e.result;
          openHooks.delete(`${container}/${e.hook}`);
        } else l.hooks.push({ from: e.at, to: e.at, hook: e.hook, result: e.result });
        break;
      }
      case 'BackOff': {
        // The kubelet reports the same back-off on every sync attempt (every 10 s): one
        // wait, one marker, however often it was said.
        const last = l.markers[l.markers.length - 1];
        if (last?.kind === 'backoff' && last.until === last.at + e.delay) {
          last.repeats = (last.repeats ?? 1) + 1;
          last.detail = `${e.container}: back-off ${formatDuration(e.delay)} (reported ${last.repeats} times)`;
        } else l.markers.push(containerMarker(e)!);
        break;
      }
      default: {
        const m = containerMarker(e);
        if (m) l.markers.push(m);
      }
    }
  }
  return {
    end,
    lastActivity,
    horizon: trace.horizon,
    ...(trace.truncated ? { truncated: trace.truncated } : {}),
    ...(removedAt !== undefined ? { removedAt } : {}),
    kubectl,
    phase,
    conditions,
    pod,
    containers: [...lanes.values()],
  };
}

type BandValue = Omit<TimelineBand, 'from' | 'to'>;

/**
 * Consecutive snapshots that look the same make one band; a snapshot that shows nothing for
 * this row (a container not yet in the status) ends the band. Several snapshots at one
 * moment: the last one is what stayed visible.
 */
function bandsOf(snaps: readonly Snapshot[], end: Millis, valueOf: (s: Snapshot) => BandValue | undefined): TimelineBand[] {
  const bands: TimelineBand[] = [];
  let open: TimelineBand | undefined;
  for (const s of snaps) {
    if (s.at > end) break;
    const v = valueOf(s);
    if (open && v && open.kind === v.kind && open.label === v.label) continue;
    if (open) {
      open.to = s.at;
      if (open.to > open.from) bands.push(open);
    }
    open = v ? { from: s.at, to: end, ...v } : undefined;
  }
  if (open && open.to > open.from) bands.push(open);
  return bands;
}

function containerBand(c: ContainerStatus): BandValue {
  const restarts = c.restartCount > 0 ? `, restartCount ${c.restartCount}` : '';
  if (c.state.running) return { kind: 'running', label: 'Running', detail: `${c.name}: running${c.started ? ', started' : ''}${restarts}` };
  const t = c.state.terminated;
  if (t) {
    const label = `${t.reason} (${t.exitCode})`;
    return { kind: t.exitCode === 0 ? 'terminated-ok' : 'terminated-error', label, detail: `${c.name}: terminated, ${t.reason}, exit code ${t.exitCode}${t.message ? `: ${t.message}` : ''}${restarts}` };
  }
  const w = c.state.waiting;
  if (w) return { kind: 'waiting', label: w.reason, detail: `${c.name}: waiting, ${w.reason}${w.message ? `: ${w.message}` : ''}${restarts}` };
  return { kind: 'none', label: '', detail: `${c.name}: no state` };
}

function kubectlKind(status: string): string {
  if (status === 'Running') return 'Running';
  if (status === 'Completed' || status === 'Succeeded') return 'Succeeded';
  if (status === 'Terminating') return 'Terminating';
  if (/^(Init:)?(Error|CrashLoopBackOff|OOMKilled|Failed|ErrImagePull|ImagePullBackOff|DeadlineExceeded|Evicted|ContainerStatusUnknown|StartError)/.test(status)) return 'Failed';
  return 'Pending';
}

function orderedConditionTypes(snaps: readonly Snapshot[]): string[] {
  const seen = new Set<string>();
  for (const s of snaps) for (const c of s.status.conditions) seen.add(c.type);
  const known = POD_CONDITION_TYPES.filter((t) => seen.has(t));
  return [...known, ...[...seen].filter((t) => !(known as string[]).includes(t)).sort()];
}

/** Without the scenario, the spec the statuses imply (enough for kubectl's columns, bar sidecars). */
function specFromStatuses(snaps: readonly Snapshot[]): PodSpec {
  const first = snaps[0]?.status;
  const asSpec = (list: readonly ContainerStatus[]) => list.map((c) => ({ name: c.name, image: c.image }));
  return { initContainers: asSpec(first?.initContainerStatuses ?? []), containers: asSpec(first?.containerStatuses ?? []) };
}

function eventContainer(e: TraceEvent): string | undefined {
  if (e.type === 'FaultInjected') return faultContainer(e.fault);
  return 'container' in e ? e.container : undefined;
}

function podMarker(e: TraceEvent): TimelineMarker | undefined {
  switch (e.type) {
    case 'FaultInjected':
      return { at: e.at, kind: 'fault', label: e.fault.type, detail: `fault ${e.fault.type} ${e.outcome}${e.detail ? ` (${e.detail})` : ''}` };
    case 'DeletionRequested':
      return { at: e.at, kind: 'deletion', label: e.by === 'user' ? 'delete' : 'evict', detail: `deletion requested by ${e.by}, grace ${e.gracePeriodSeconds}s${e.force ? ', force' : ''}` };
    case 'PodRemoved':
      return { at: e.at, kind: 'removed', label: 'removed', detail: 'pod removed from the API' };
    case 'NodeReadyChanged':
      return { at: e.at, kind: 'node', label: e.status === 'True' ? 'node Ready' : `node ${e.status === 'False' ? 'NotReady' : 'Unknown'}`, detail: `node Ready=${e.status}` };
    case 'NodeTaintAdded':
      return { at: e.at, kind: 'node', label: 'taint', detail: `node tainted ${e.taint}` };
    case 'NodeTaintRemoved':
      return { at: e.at, kind: 'node', label: 'untaint', detail: `node untainted ${e.taint}` };
    case 'SandboxCreated':
      return { at: e.at, kind: 'sandbox', label: e.attempt > 0 ? `sandbox #${e.attempt + 1}` : 'sandbox', detail: `sandbox created (attempt ${e.attempt})` };
    default:
      return undefined;
  }
}

function containerMarker(e: TraceEvent): TimelineMarker | undefined {
  switch (e.type) {
    case 'ContainerStarted':
      return e.restartCount > 0
        ? { at: e.at, kind: 'restart', label: `↻${e.restartCount}`, detail: `${e.container}: started again (restartCount ${e.restartCount})` }
        : { at: e.at, kind: 'start', label: 'start', detail: `${e.container}: started` };
    case 'ContainerExited':
      return { at: e.at, kind: 'exit', label: `exit ${e.exitCode}`, detail: `${e.container}: exited with code ${e.exitCode} (${e.reason})` };
    case 'ContainerKilling':
      return { at: e.at, kind: 'kill', label: 'kill', detail: `${e.container}: killing (${e.reason}, grace ${e.gracePeriodSeconds}s)` };
    case 'SignalSent':
      return { at: e.at, kind: 'signal', label: e.signal === 'SIGKILL' ? 'KILL' : 'TERM', detail: `${e.container}: ${e.signal}` };
    case 'BackOff':
      return { at: e.at, kind: 'backoff', label: `back-off ${formatDuration(e.delay)}`, detail: `${e.container}: back-off ${formatDuration(e.delay)}`, until: e.at + e.delay };
    case 'ImagePulled':
      return { at: e.at, kind: 'image', label: 'pulled', detail: `${e.container}: pulled ${e.image}` };
    case 'ImagePullFailed':
      return { at: e.at, kind: 'image', label: 'pull failed', detail: `${e.container}: pull of ${e.image} failed` };
    case 'ImagePullBackOff':
      return { at: e.at, kind: 'image', label: 'pull back-off', detail: `${e.container}: backing off pulling ${e.image}` };
    case 'FaultInjected':
      return { at: e.at, kind: 'fault', label: e.fault.type, detail: `fault ${e.fault.type} ${e.outcome}${e.detail ? ` (${e.detail})` : ''}` };
    default:
      return undefined;
  }
}
