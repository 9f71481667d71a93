import { findPodContainer, podTerminationGracePeriodSeconds } from '../../../../specs/model/container-role.js';
import { isTerminalPhase } from '../../../../specs/model/pod-phase.js';
import type { Scenario } from '../../../../specs/model/scenario.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { Snapshot } from '../../../../specs/model/trace.js';
import type { KillReason, TraceEvent, TraceEventOf } from '../../../../specs/model/trace-event.js';
import { parseGoDuration } from './go-duration.js';
import { killReasonOf } from './kill-reason-of.js';
import type { KubeEventOccurrence } from './kube-event.js';
import type { ScriptLogLine } from './script-log-line.js';

export interface KubeEventContext {
  scenario: Scenario;
  snapshots: readonly Snapshot[];
  lines: readonly ScriptLogLine[];
  /** Deletion requests (the backend's own, and others seen in snapshots): when, and with what grace. */
  deletions: readonly { at: Millis; gracePeriodSeconds: number }[];
  scenarioImage(ref: string): string;
}

/** How far back a Killing event may be moved to precede the preStop or SIGTERM it caused (event delivery lags). */
const KILL_LAG: Millis = 2000;
/** SandboxChanged explains the kills that follow it within this window. */
const SANDBOX_KILL_WINDOW: Millis = 5000;

/**
 * Trace events the kubelet announces only through core/v1 Events: ContainerKilling
 * (`Killing`), BackOff (`BackOff` "Back-off restarting failed container"), and the
 * image events (`Pulled`, `Failed` "Failed to pull image", `BackOff` "Back-off pulling
 * image"). The Event says neither the kill's grace period nor the back-off delay: the
 * grace is the one the kubelet must have used (R5.3, R3.10), the delay is read from the
 * container's CrashLoopBackOff message ("back-off 20s restarting failed container=…").
 */
export function kubeEventTraceEvents(occurrences: readonly KubeEventOccurrence[], ctx: KubeEventContext): TraceEvent[] {
  const out: TraceEvent[] = [];
  const deadlineAt = occurrences.find((o) => o.reason === 'DeadlineExceeded')?.at;
  const sandboxChanges = occurrences.filter((o) => o.reason === 'SandboxChanged').map((o) => o.at);
  for (const o of occurrences) {
    const container = o.container;
    if (!container) continue;
    const image = /image "([^"]+)"/.exec(o.message)?.[1];
    if (o.reason === 'Killing') {
      const at = killTime(o.at, container, ctx.lines);
      // The snapshot showing the deletion may arrive after the kill it caused: go by the requests.
      const requests = ctx.deletions.filter((d) => d.at <= at);
      const deleting = requests.length > 0;
      const sandboxChanged = sandboxChanges.some((s) => s <= o.at && o.at - s <= SANDBOX_KILL_WINDOW);
      const reason = killReasonOf(o.message, {
        terminating: deleting || (deadlineAt !== undefined && deadlineAt <= o.at + KILL_LAG) || (!sandboxChanged && endsTerminalWithoutStart(ctx, at)),
        sandboxChanged,
        initContainer: (ctx.scenario.pod.spec.initContainers ?? []).some((c) => c.name === container && c.restartPolicy !== 'Always'),
      });
      // Only the termination kills with the deletion's grace (never below 1: calculateEffectiveGracePeriod);
      // a sync in flight at the deletion kills with the pod object it began with (kubelet.go SyncPod).
      const grace = deleting && reason === 'PodTermination' ? Math.max(1, Math.min(...requests.map((d) => d.gracePeriodSeconds))) : killGrace(ctx, container, reason);
      out.push({ at, type: 'ContainerKilling', container, reason, gracePeriodSeconds: grace });
    } else if (o.reason === 'BackOff' && /restarting failed container/i.test(o.message)) {
      out.push({ at: o.at, type: 'BackOff', container, delay: backOffDelay(ctx.snapshots, container, o.at) });
    } else if (o.reason === 'BackOff' && image) {
      out.push({ at: o.at, type: 'ImagePullBackOff', container, image: ctx.scenarioImage(image) });
    } else if (o.reason === 'Failed' && image && /^Failed to pull image/.test(o.message)) {
      out.push({ at: o.at, type: 'ImagePullFailed', container, image: ctx.scenarioImage(image) });
    } else if (o.reason === 'Pulled' && image) {
      out.push({ at: o.at, type: 'ImagePulled', container, image: ctx.scenarioImage(image) });
    }
  }
  return alignPodKills(out);
}

/**
 * The pod was shown Succeeded or Failed — already, or later with no container started after
 * the kill at `at` (the scripts log every start): the kill was the termination of a pod whose
 * phase the kubelet had computed terminal (a failed init container under Never, say), which
 * the status manager writes only once nothing runs (R1.6).
 */
function endsTerminalWithoutStart(ctx: KubeEventContext, at: Millis): boolean {
  const terminal = ctx.snapshots.find((s) => isTerminalPhase(s.status.phase));
  if (terminal === undefined) return false;
  return !ctx.lines.some((l) => l.kind === 'start' && l.at > at && l.at < terminal.at);
}

/** Kill reasons of killPodWithSyncResult: every running container of the pod at once. */
const POD_KILLS: readonly KillReason[] = ['PodTermination', 'NoContainerToKeep', 'SandboxChanged'];

/**
 * killContainersWithSyncResult starts every container's killContainer at the same moment (a
 * goroutine each), and each records its Killing Event first; their Events differ only in when
 * they were written and delivered. So the ContainerKilling events of one pod kill — the same
 * reason, other containers, within KILL_LAG — take the earliest moment among them (which killTime
 * already moved back to the first preStop or SIGTERM seen). A sidecar whose SIGTERM waits for
 * its turn (R2.13) has nothing of its own to move its kill back by.
 */
export function alignPodKills(events: TraceEvent[]): TraceEvent[] {
  const kills = events.filter((e): e is TraceEventOf<'ContainerKilling'> => e.type === 'ContainerKilling' && POD_KILLS.includes(e.reason));
  const aligned = new Map<TraceEvent, Millis>();
  for (const k of kills) {
    const group = kills.filter((o) => o === k || (o.container !== k.container && o.reason === k.reason && Math.abs(o.at - k.at) <= KILL_LAG));
    aligned.set(k, Math.min(...group.map((o) => o.at)));
  }
  return events.map((e) => {
    const at = aligned.get(e);
    return at === undefined || at === e.at ? e : { ...e, at };
  });
}

/**
 * The Event arrives after the kubelet acted; put it no later than the preStop start or SIGTERM the
 * script logged — of the instance it killed: never before that instance started. (Seen on
 * v1.34.10: a postStart failure's kill came 0.4 s after the previous instance's SIGTERM.)
 */
function killTime(at: Millis, container: string, lines: readonly ScriptLogLine[]): Millis {
  let instanceStart = -Infinity;
  for (const l of lines) if (l.container === container && l.kind === 'start' && l.at <= at) instanceStart = Math.max(instanceStart, l.at);
  let earliest = at;
  for (const l of lines) {
    if (l.container !== container || l.at > at || l.at < at - KILL_LAG || l.at < instanceStart) continue;
    if (l.kind === 'sigterm' || (l.kind === 'hook' && l.hook === 'preStop' && l.phase === 'start')) earliest = Math.min(earliest, l.at);
  }
  return earliest;
}

/** Outside deletion: the probe's own grace for a probe kill (R3.10), else the pod's. */
function killGrace(ctx: KubeEventContext, container: string, reason: string): number {
  const spec = findPodContainer(ctx.scenario.pod, container)?.spec;
  const probe = reason === 'LivenessProbe' ? spec?.livenessProbe : reason === 'StartupProbe' ? spec?.startupProbe : undefined;
  return probe?.terminationGracePeriodSeconds ?? podTerminationGracePeriodSeconds(ctx.scenario.pod);
}

/** The delay in the container's CrashLoopBackOff message nearest the event. */
function backOffDelay(snapshots: readonly Snapshot[], container: string, at: Millis): Millis {
  let best: { distance: Millis; delay: Millis } | undefined;
  for (const s of snapshots) {
    const status = [...s.status.initContainerStatuses, ...s.status.containerStatuses].find((c) => c.name === container);
    const text = status?.state.waiting?.reason === 'CrashLoopBackOff' ? /back-off (\S+) restarting/.exec(status.state.waiting.message ?? '')?.[1] : undefined;
    const delay = text ? parseGoDuration(text) : undefined;
    if (delay === undefined) continue;
    const distance = Math.abs(s.at - at);
    if (!best || distance < best.distance) best = { distance, delay };
  }
  return best?.delay ?? 0;
}
