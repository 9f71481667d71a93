import { PASS, violation, type Invariant, type Tolerance, type Verdict } from '../../invariant.js';
import { PROBE_TYPES, type ProbeType } from '../../model/behaviour.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import type { TraceEventOf } from '../../model/trace-event.js';
import { SOURCES } from '../citations.js';
import {
  attributedProbeResults,
  busyUntil,
  CLOCK_SLACK,
  containerEvents,
  deletionRequestedAt,
  failureCrossings,
  formatMs,
  inSpan,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  podWorkerBusy,
  probedContainers,
  probeParams,
  shownRunningAt,
  terminalPhaseAt,
  terminalPhaseTerminationAt,
  type AttributedProbeResult,
  type FailureCrossing,
  type Indexed,
  type InstanceSpan,
  type Interval,
  type ProbeParams,
} from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 3000,
  why:
    'each bound widens by the probe’s timeoutSeconds (a result lands when the probe returns, up to the timeout after it began); ' +
    'late adds 3 s: the worker sees a new instance only once the status manager has it (PLEG relist 1 s, then a sync), ' +
    'and recorded times are good to ±1 s; early takes 1 s off for the same reason. R3.13: the legacy worker ticks every period from the worker’s creation, ' +
    'so the first result after the initial delay may come up to one period later — the first result is allowed a whole period plus the slack',
};

/**
 * R3.13: while an instance runs and its probe is active, the worker probes every
 * periodSeconds: the legacy worker on a ticker (worker.go run), the newest one
 * periodSeconds after the previous probe completed. So consecutive results of one probe on
 * one instance come at most period + timeout (+ slack) apart, the first no later than one
 * period after the probe became active, and results do not stop while it stays active.
 * Liveness and startup probes also never come early (only readiness is triggered out of
 * turn, by prober_manager.go UpdatePodStatus when a ready result is missing), so for them
 * the gap is at least period − timeout (− slack).
 *
 * Active means: the instance is running and visible to the worker (after its postStart
 * and the sync that started it — R7.1 — and once the API shows it: a status update the
 * kubelet refuses, e.g. after a reboot under OnFailure, leaves the worker aiming at the old
 * one), past initialDelaySeconds; startup until it
 * succeeds or crosses its failure threshold; liveness and readiness once started (after
 * the startup Success, if there is a startup probe); liveness until it crosses its
 * threshold (then on hold until a new instance), the instance is killed, or the pod is
 * deleted (R3.11); readiness until the container is sent SIGTERM; every probe until the
 * kubelet holds a terminal phase (R3.12: from the kill of a pod past its active deadline or
 * finished, not of a deleted one unless its deadline had passed by then; else from the API's
 * terminal phase). A kubelet that is down
 * probes nothing, and a restarted one begins afresh: windows are cut there, and a startup
 * probe is not followed across a kubelet restart (whether it re-probes depends on the
 * worker version).
 */
export const probePeriod: Invariant = {
  id: 'probes/probe-period',
  title: 'While a probe is active its results come every periodSeconds (within the tolerance)',
  citation: { rule: 'R3.13', source: 'pkg/kubelet/prober/worker.go run, doProbe (probeTicker / nextProbeTime)', url: SOURCES.proberWorker },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return probedContainers(scenario).some((c) => PROBE_TYPES.some((p) => probeParams(scenario, c, p))) ? true : { skip: 'no container has a probe' };
  },
  check(trace, scenario) {
    const ctx: Context = {
      trace,
      busy: podWorkerBusy(trace),
      down: kubeletDown(trace),
      restarts: kubeletRestarts(trace),
      deletedAt: deletionRequestedAt(trace) ?? Infinity,
      // Every worker exits at its next tick once the status manager holds a terminal phase
      // (R3.12): the API shows it only at the end, but a terminal-phase termination says so earlier.
      terminalAt: Math.min(terminalPhaseAt(trace) ?? Infinity, terminalPhaseTerminationAt(trace, scenario) ?? Infinity),
    };
    for (const name of probedContainers(scenario)) {
      const startup = probeParams(scenario, name, 'startup');
      const spans = instanceSpans(trace, name);
      // By instance ordinal: the results that may be that instance's.
      const resultsOf: AttributedProbeResult[][] = spans.map(() => []);
      for (const r of attributedProbeResults(trace, name)) for (const s of r.candidates) resultsOf[s.ordinal]!.push(r);
      const container: ContainerView = {
        name,
        spans,
        resultsOf,
        kills: containerEvents(trace, 'ContainerKilling', name),
        sigterms: containerEvents(trace, 'SignalSent', name).filter((s) => s.event.signal === 'SIGTERM'),
        shown: spans.map((span) => shownRunningAt(trace, name, span)),
      };
      for (const probe of PROBE_TYPES) {
        const params = probeParams(scenario, name, probe);
        if (!params) continue;
        const crossings = probe === 'readiness' ? [] : failureCrossings(trace, name, probe, params.failureThreshold, false);
        for (const span of spans) {
          const verdict = checkSpan(ctx, container, probe, params, startup, span, crossings);
          if (verdict) return verdict;
        }
      }
    }
    return PASS;
  },
};

/** What checkSpan needs of one container, computed once for all its instances and probes. */
interface ContainerView {
  name: string;
  spans: readonly InstanceSpan[];
  /** By instance ordinal: its probe results that may be that instance's, each with the instances it may belong to. */
  resultsOf: readonly (readonly AttributedProbeResult[])[];
  kills: readonly Indexed<TraceEventOf<'ContainerKilling'>>[];
  sigterms: Indexed<TraceEventOf<'SignalSent'>>[];
  /** By instance ordinal: when the kubelet's status first showed it running. */
  shown: (Millis | undefined)[];
}

interface Context {
  trace: Trace;
  busy: readonly Interval[];
  down: readonly Interval[];
  restarts: readonly Millis[];
  deletedAt: Millis;
  terminalAt: Millis;
}

function checkSpan(
  ctx: Context,
  container: ContainerView,
  probe: ProbeType,
  params: ProbeParams,
  startup: ProbeParams | undefined,
  span: InstanceSpan,
  crossings: readonly FailureCrossing[],
): Verdict | undefined {
  const { trace } = ctx;
  const { name } = container;
  // Results that may be this instance's (see candidateSpans).
  const own = container.resultsOf[span.ordinal]!;
  const ambiguous = (r: (typeof own)[number]) => r.candidates.length > 1;
  const results = own.filter((r) => r.event.probe === probe);
  const successes = own.filter((r) => r.event.probe === 'startup' && r.event.result === 'Success');
  // Ending the startup window: any Success that may be this instance's. Opening the liveness and
  // readiness windows: only one that is surely this instance's (a later start is the safe side).
  const startupSuccesses = successes.map((r) => r.event.at);
  const ownStartupSuccesses = successes.filter((r) => !ambiguous(r)).map((r) => r.event.at);
  const firstAfter = (times: Millis[], t: Millis) => times.find((x) => x >= t);
  const inThisSpan = (at: Millis, index: number) => inSpan(span, index) && at >= span.startedAt;
  const firstKill = container.kills.find((k) => inThisSpan(k.event.at, k.index))?.event.at ?? Infinity;
  const firstSigterm = container.sigterms.find((s) => inThisSpan(s.event.at, s.index))?.event.at ?? Infinity;
  const crossing = crossings.find((c) => c.span?.ordinal === span.ordinal)?.at ?? Infinity;

  let end = Math.min(span.exit?.at ?? trace.horizon, trace.horizon, ctx.terminalAt, crossing);
  if (probe === 'readiness') end = Math.min(end, firstSigterm);
  else end = Math.min(end, firstKill, ctx.deletedAt);
  if (probe === 'startup') end = Math.min(end, startupSuccesses[0] ?? Infinity);

  const visible = busyUntil(ctx.busy, span.startedAt);
  let from: Millis | undefined;
  if (probe === 'startup') from = span.startedAt + params.initialDelay;
  else if (!startup) from = span.startedAt + params.initialDelay;
  else {
    // A kubelet restart after the startup success and before the window opens forgets it (results are
    // in memory; the new startup worker probes afresh): the next success after the restart counts.
    let started = ownStartupSuccesses[0];
    for (const d of ctx.down) {
      if (started === undefined) break;
      if (d.from >= started && d.from < Math.max(span.startedAt, started) + params.initialDelay) started = firstAfter(ownStartupSuccesses, d.to);
    }
    if (started !== undefined) from = Math.max(span.startedAt, started) + params.initialDelay;
  }
  if (from === undefined) return undefined;
  // The worker aims at the instance only once the kubelet's status has it.
  const shown = container.shown[span.ordinal];
  if (shown === undefined) return undefined;
  from = Math.max(from, visible, shown);

  // Cut at the kubelet being down; a restarted kubelet begins a new window.
  const segments: Interval[] = [];
  let cursor: Millis | undefined = from;
  for (const d of ctx.down) {
    if (cursor === undefined || d.to <= cursor) continue;
    if (d.from >= end) break;
    if (d.from > cursor) segments.push({ from: cursor, to: d.from });
    if (probe === 'startup') cursor = undefined;
    else if (startup) {
      const again = firstAfter(ownStartupSuccesses, d.to);
      cursor = again === undefined ? undefined : Math.max(again, d.to);
    } else cursor = d.to;
  }
  if (cursor !== undefined && cursor < end) segments.push({ from: cursor, to: end });

  const late = params.period + TOLERANCE.late + params.timeout;
  const early = params.period - TOLERANCE.early - params.timeout;
  for (const seg of segments) {
    const inside = results.filter((r) => r.event.at >= seg.from - CLOCK_SLACK && r.event.at <= seg.to + CLOCK_SLACK);
    let prev: Millis = seg.from;
    let real = false;
    let prevAmbiguous = false;
    for (const r of inside) {
      const gap = r.event.at - prev;
      if (gap > late) return tooLate(name, probe, params, prev, real, r.event.at);
      // A restarted kubelet probes afresh (with a random start-up delay): no lower bound across it.
      const acrossRestart = ctx.restarts.some((t) => prev <= t + CLOCK_SLACK && r.event.at >= t - CLOCK_SLACK);
      if (real && probe !== 'readiness' && gap < early && !prevAmbiguous && !ambiguous(r) && !acrossRestart) {
        return violation({
          at: r.event.at,
          container: name,
          expected: `${probe} results ${formatMs(params.period)} apart (at least ${formatMs(Math.max(early, 0))})`,
          observed: `a result at ${formatMs(r.event.at)}, ${formatMs(gap)} after the one at ${formatMs(prev)}`,
          message: `${name}: the ${probe} probe ran early`,
        });
      }
      prev = Math.max(prev, r.event.at);
      prevAmbiguous = ambiguous(r);
      real = true;
    }
    if (seg.to - prev > late) return tooLate(name, probe, params, prev, real, undefined);
  }
  return undefined;
}

function tooLate(name: string, probe: ProbeType, params: ProbeParams, prev: Millis, real: boolean, next: Millis | undefined): Verdict {
  const due = prev + params.period + TOLERANCE.late + params.timeout;
  return violation({
    at: due,
    container: name,
    expected: `a ${probe} result within ${formatMs(due - prev)} of ${real ? 'the previous one' : 'the probe becoming active'} at ${formatMs(prev)} (periodSeconds ${params.period / 1000})`,
    observed: next === undefined ? `none until the probe stopped being active` : `the next at ${formatMs(next)}`,
    message: `${name}: the ${probe} probe missed its period`,
  });
}
