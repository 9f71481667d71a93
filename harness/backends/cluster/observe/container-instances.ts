import type { Millis } from '../../../../specs/model/time.js';
import type { ObservedExit, ObservedInstance } from './observed-instance.js';
import type { InstanceSighting, PodObservation } from './pod-observation.js';
import type { ScriptLogLine } from './script-log-line.js';

/** A script start is paired with a status's `startedAt` (whole seconds, truncated) within this window. */
const PAIRING_EARLY: Millis = 1000;
const PAIRING_LATE: Millis = 2500;

interface ApiInstance {
  containerID: string;
  firstSeen: number;
  restartCount: number | undefined;
  startedAt: Millis | null;
  terminated?: { exitCode: number; reason: string; finishedAt: Millis | null; observedAt: Millis };
}

interface ScriptInstance {
  start: number;
  startedAt: Millis;
  exit?: { at: Millis; exitCode: number };
  sigterms: Millis[];
  lastLogAt: Millis;
}

export interface InstanceEvidence {
  observations: readonly PodObservation[];
  lines: readonly ScriptLogLine[];
  /** Times a RemoveContainer fault took this container's process away (its record vanished with it). */
  removals: ReadonlyMap<string, readonly Millis[]>;
  /** After the pod left the API: when the container's task was first seen stopped on the node. */
  stoppedOnNode?: Millis;
}

/**
 * Every instance of one container, in start order. Statuses name the instances
 * (`containerID`, `restartCount`, `finishedAt`, the runtime's exit reason); the
 * scripts' log gives their start and exit to the millisecond. The two are paired in
 * order, a script start within a window after the status's `startedAt`.
 */
export function containerInstances(container: string, evidence: InstanceEvidence): ObservedInstance[] {
  const api = apiInstances(container, evidence.observations);
  const script = scriptInstances(container, evidence.lines);
  const out: ObservedInstance[] = [];
  let i = 0;
  let j = 0;
  while (i < api.length || j < script.length) {
    const a = api[i];
    const s = script[j];
    const aStart = a?.startedAt ?? null;
    if (a && s && aStart !== null && s.startedAt >= aStart - PAIRING_EARLY && s.startedAt < aStart + PAIRING_LATE) {
      out.push(merged(container, a, s, out));
      i++;
      j++;
    } else if (s && (!a || (aStart !== null && s.startedAt < aStart - PAIRING_EARLY))) {
      out.push(merged(container, undefined, s, out));
      j++;
    } else if (a) {
      out.push(merged(container, a, undefined, out));
      i++;
    }
  }
  out.sort((x, y) => x.startedAt - y.startedAt);
  closeSuperseded(out, evidence.removals.get(container) ?? []);
  closeStoppedOnNode(out, evidence.stoppedOnNode);
  return out;
}

/**
 * The last instance, still running when the pod left the API, that neither a status nor the
 * script saw end, but whose task the node then showed stopped: the runtime SIGKILLed it
 * (a script logs every other way it ends). It ended by the time the node was looked at.
 */
function closeStoppedOnNode(instances: ObservedInstance[], stoppedOnNode: Millis | undefined): void {
  const last = instances.at(-1);
  if (stoppedOnNode === undefined || !last || last.exit || stoppedOnNode < last.startedAt) return;
  last.exit = { at: stoppedOnNode, exitCode: 137, reason: 'Error', from: 'node' };
}

function apiInstances(container: string, observations: readonly PodObservation[]): ApiInstance[] {
  const byId = new Map<string, ApiInstance>();
  let seen = 0;
  for (const obs of observations) {
    const mine = obs.sightings.filter((s) => s.container === container);
    const currentCount = mine.find((s) => s.current)?.restartCount;
    for (const s of mine) {
      let entry = byId.get(s.containerID);
      if (!entry) {
        entry = { containerID: s.containerID, firstSeen: seen++, restartCount: undefined, startedAt: null };
        byId.set(s.containerID, entry);
      }
      entry.restartCount ??= restartCountOf(s, currentCount);
      entry.startedAt ??= s.startedAt;
      if (s.terminated && !entry.terminated) entry.terminated = { ...s.terminated, observedAt: obs.at };
    }
  }
  return [...byId.values()].sort((x, y) => (x.startedAt ?? Infinity) - (y.startedAt ?? Infinity) || x.firstSeen - y.firstSeen);
}

function restartCountOf(s: InstanceSighting, currentCount: number | undefined): number | undefined {
  if (s.current) return s.restartCount;
  return currentCount !== undefined ? Math.max(0, currentCount - 1) : undefined;
}

function scriptInstances(container: string, lines: readonly ScriptLogLine[]): ScriptInstance[] {
  const byStart = new Map<number, ScriptInstance>();
  for (const line of lines) {
    if (line.container !== container || line.start === undefined) continue;
    let entry = byStart.get(line.start);
    if (!entry) {
      if (line.kind !== 'start') continue;
      entry = { start: line.start, startedAt: line.at, sigterms: [], lastLogAt: line.at };
      byStart.set(line.start, entry);
    }
    entry.lastLogAt = Math.max(entry.lastLogAt, line.at);
    if (line.kind === 'exit' && !entry.exit) entry.exit = { at: line.at, exitCode: line.exitCode };
    if (line.kind === 'sigterm') entry.sigterms.push(line.at);
  }
  return [...byStart.values()].sort((x, y) => x.start - y.start);
}

function merged(container: string, a: ApiInstance | undefined, s: ScriptInstance | undefined, before: readonly ObservedInstance[]): ObservedInstance {
  const previous = before.at(-1);
  const restartCount = a?.restartCount ?? (previous ? previous.restartCount + 1 : 0);
  // The runtime's startedAt is truncated to the second: the process started within the second after it,
  // and the script's own first reading of the clock can only be later.
  const apiStart = a?.startedAt ?? null;
  const startedAt = s ? (apiStart === null ? s.startedAt : Math.min(s.startedAt, apiStart + 999)) : (apiStart ?? a?.terminated?.observedAt ?? 0);
  const instance: ObservedInstance = {
    container,
    containerID: a?.containerID,
    start: s?.start,
    restartCount,
    startedAt,
    startedFrom: s ? 'log' : 'status',
    sigterms: s?.sigterms ?? [],
    lastLogAt: s?.lastLogAt,
  };
  const exit = exitOf(a, s);
  if (exit) instance.exit = exit;
  return instance;
}

/**
 * The exit: as the script logged it, with the runtime's reason; otherwise from the
 * status. `finishedAt` is truncated to the second, so the exit is put as late as the
 * evidence allows — before the next second and no later than the status's arrival —
 * which keeps "no earlier than" promises (SIGKILL after the grace period) honest.
 */
function exitOf(a: ApiInstance | undefined, s: ScriptInstance | undefined): ObservedExit | undefined {
  const t = a?.terminated;
  if (s?.exit) {
    const reason = t && t.exitCode === s.exit.exitCode ? t.reason : s.exit.exitCode === 0 ? 'Completed' : 'Error';
    return { at: s.exit.at, exitCode: s.exit.exitCode, reason, from: 'log' };
  }
  if (!t) return undefined;
  const latest = t.finishedAt === null ? t.observedAt : Math.min(t.finishedAt + 999, t.observedAt);
  return { at: Math.max(latest, s?.lastLogAt ?? -Infinity), exitCode: t.exitCode, reason: t.reason, from: 'status' };
}

/**
 * An instance never seen to exit that a RemoveContainer took away (E13) ended at the
 * removal: the fault SIGKILLs the process and deletes its record (`crictl rm -f`, or
 * `ctr tasks kill` and `containers rm`), so no status ever shows that container ID
 * terminated — also when no instance follows it (a restart policy that does not
 * restart it), as long as its script logged nothing after the removal. An instance
 * followed by another but never seen to exit otherwise was lost between two
 * statuses: it ended by the next start.
 */
function closeSuperseded(instances: ObservedInstance[], removals: readonly Millis[]): void {
  for (let k = 0; k < instances.length; k++) {
    const inst = instances[k]!;
    const next = instances[k + 1];
    if (inst.exit) {
      if (next && inst.exit.at > next.startedAt) inst.exit.at = Math.max(inst.startedAt, next.startedAt);
      continue;
    }
    const removal = removals.find((r) => r >= inst.startedAt && (next ? r <= next.startedAt : r >= (inst.lastLogAt ?? inst.startedAt)));
    if (removal !== undefined) inst.exit = { at: removal, exitCode: 137, reason: 'Error', from: 'inferred' };
    else if (next) inst.exit = { at: next.startedAt, exitCode: 137, reason: 'Unknown', from: 'inferred' };
  }
}
