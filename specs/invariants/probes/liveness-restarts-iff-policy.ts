import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import {
  activeDeadlineAt,
  appliedFaults,
  backOffBound,
  busyUntil,
  CLOCK_SLACK,
  containerEvents,
  deletionRequestedAt,
  eventsOfType,
  failureCrossings,
  formatMs,
  imageFailedBetween,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  overlaps,
  podWorkerBusy,
  probedContainers,
  probeParams,
  reinitializationMayHold,
  restartPolicyOf,
  roleOf,
  terminalPhaseAt,
  type InstanceSpan,
} from '../trace-view.js';

/** The same slack as restart/crash-loop-back-off: a restart held by back-off waits for the pod worker's next re-sync. */
const RESTART_LATE: Millis = 17_000;

const TOLERANCE: Tolerance = {
  early: 0,
  late: 3000,
  why:
    'the kill follows within 3 s of the result that crossed the threshold: a liveness update makes the kubelet sync the pod at once (kubelet.go syncLoopIteration), ' +
    'plus ±1 s event times; a sync already busy in a postStart hook or another kill is waited for. A restart, when due, comes within the largest ' +
    'crash-loop back-off the instance can have plus 17 s (pod worker re-sync every 10–15 s, PLEG 1 s, whole-second timestamps)',
};

/**
 * R3.7, E22: after failureThreshold consecutive liveness failures the instance is killed;
 * it is started again iff the restart policy allows — not under Never, always for a
 * sidecar (R2.8). Under Never the kill may come as a kill of the whole pod when nothing is
 * left to keep running (computePodActions: keepCount == 0 → KillPod), so any kill counts.
 *
 * Under OnFailure computePodActions restarts a probe-killed container in the same sync
 * whatever its exit code — but if that start falls into back-off, the next sync decides
 * with ShouldContainerBeRestarted, which does not restart an exit 0. So after an exit 0
 * under OnFailure neither outcome is asserted.
 *
 * Crossings are counted per instance here: both the legacy and the newest prober worker
 * kill once an instance has that many failures of its own (see probes/failure-threshold).
 */
export const livenessRestartsIffPolicy: Invariant = {
  id: 'probes/liveness-restarts-iff-policy',
  title: 'Liveness failing past its threshold kills the instance; it is restarted iff the restart policy allows',
  citation: { rule: 'R3.7', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions; prober/worker.go doProbe', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return probedContainers(scenario).some((c) => probeParams(scenario, c, 'liveness')) ? true : { skip: 'no container has a liveness probe' };
  },
  check(trace, scenario) {
    const deletedAt = deletionRequestedAt(trace) ?? Infinity;
    const down = kubeletDown(trace);
    const restarts = kubeletRestarts(trace);
    const disturbed = (from: Millis, to: Millis) => overlaps(down, from, to) || restarts.some((t) => t >= from && t <= to);
    const busy = podWorkerBusy(trace);
    for (const name of probedContainers(scenario)) {
      const params = probeParams(scenario, name, 'liveness');
      if (!params) continue;
      const spans = instanceSpans(trace, name);
      const kills = containerEvents(trace, 'ContainerKilling', name);
      for (const crossing of failureCrossings(trace, name, 'liveness', params.failureThreshold, true)) {
        const span = crossing.span;
        if (!span) continue;
        const deadline = busyUntil(busy, crossing.at) + TOLERANCE.late;
        if (deletedAt <= deadline || disturbed(crossing.at, deadline)) continue;
        const kill = kills.find((k) => k.index > span.startIndex && (span.exitIndex === undefined || k.index < span.exitIndex) && k.event.at >= crossing.at - CLOCK_SLACK);
        if (!kill) {
          if ((span.exit && span.exit.at <= deadline) || trace.horizon < deadline) continue;
          return violation({
            at: deadline,
            container: name,
            expected: `the instance killed within ${formatMs(deadline - crossing.at)} of its ${params.failureThreshold}th consecutive liveness failure at ${formatMs(crossing.at)}`,
            observed: span.exit ? `it ran until ${formatMs(span.exit.at)} without a kill` : 'it was never killed',
            message: `${name} kept running after failing its liveness probe`,
          });
        }
        if (kill.event.at > deadline) {
          return violation({
            at: kill.event.at,
            container: name,
            expected: `a kill by ${formatMs(deadline)} (liveness threshold crossed at ${formatMs(crossing.at)})`,
            observed: `killed at ${formatMs(kill.event.at)}`,
            message: `${name} was killed late after failing its liveness probe`,
          });
        }
        // A spec change restarts the container whatever the policy (R4.2): nothing to say about the policy then.
        if (kill.event.reason === 'SpecChanged') continue;
        const verdict = restartVerdict(trace, scenario, name, span, spans, kill.event.at, deletedAt, disturbed);
        if (verdict) return verdict;
      }
    }
    return PASS;
  },
};

function restartVerdict(
  trace: Trace,
  scenario: Parameters<Invariant['check']>[1],
  name: string,
  span: InstanceSpan,
  spans: readonly InstanceSpan[],
  killedAt: Millis,
  deletedAt: Millis,
  disturbed: (from: Millis, to: Millis) => boolean,
) {
  const exit = span.exit;
  if (!exit) return undefined;
  const next = spans[span.ordinal + 1];
  const sidecar = roleOf(scenario, name) === 'sidecar';
  const policy = restartPolicyOf(scenario);
  if (!sidecar && policy === 'Never') {
    const removed = appliedFaults(trace, 'RemoveContainer').some((f) => f.fault.container === name && f.at >= killedAt);
    if (next && !removed) {
      return violation({
        at: next.startedAt,
        container: name,
        expected: `no restart under restartPolicy Never after the liveness kill at ${formatMs(killedAt)}`,
        observed: `started again at ${formatMs(next.startedAt)} (restartCount ${next.restartCount})`,
        message: `${name} was restarted after a liveness kill under restartPolicy Never`,
      });
    }
    return undefined;
  }
  if (!sidecar && policy === 'OnFailure' && exit.exitCode === 0) return undefined;
  let restartBy = exit.at + backOffBound(trace, span) + RESTART_LATE;
  // A pod worker busy in a postStart hook or a kill starts nothing until it is done.
  for (let grew = true; grew; ) {
    grew = false;
    for (const b of podWorkerBusy(trace)) {
      if (b.from <= restartBy && b.to >= exit.at && b.to + RESTART_LATE > restartBy) {
        restartBy = b.to + RESTART_LATE;
        grew = true;
      }
    }
  }
  if (next && next.startedAt <= restartBy) return undefined;
  const terminal = terminalPhaseAt(trace) ?? Infinity;
  const deadline = activeDeadlineAt(trace, scenario) ?? Infinity;
  const podKilled = eventsOfType(trace, 'ContainerKilling').some((e) => e.reason === 'NoContainerToKeep' && e.at >= killedAt && e.at <= restartBy);
  const imageMissing =
    appliedFaults(trace, 'ImagePullFailure').some((f) => f.fault.container === name && f.at <= restartBy && (f.fault.until ?? Infinity) >= exit.at) ||
    imageFailedBetween(trace, name, exit.at, restartBy);
  const reinit = !sidecar && reinitializationMayHold(trace, scenario, name, exit.at, restartBy);
  if (deletedAt <= restartBy || terminal <= restartBy || deadline <= restartBy || podKilled || imageMissing || reinit || trace.horizon < restartBy || disturbed(killedAt, restartBy)) {
    return undefined;
  }
  return violation({
    at: next ? next.startedAt : restartBy,
    container: name,
    expected: `a restart by ${formatMs(restartBy)} after the liveness kill (${sidecar ? 'a sidecar' : `restartPolicy ${policy}`}, exit ${exit.exitCode} at ${formatMs(exit.at)})`,
    observed: next ? `restarted at ${formatMs(next.startedAt)}` : 'not restarted',
    message: `${name} was not restarted after a liveness kill although its restart policy allows it`,
  });
}
