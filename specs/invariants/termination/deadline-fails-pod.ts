import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { podTerminationGracePeriodSeconds } from '../../model/container-role.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import {
  activeDeadlineAt,
  busyUntil,
  CLOCK_SLACK,
  deletionRequestedAt,
  formatMs,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  overlaps,
  podWorkerBusy,
  restartPolicyOf,
  terminalPhaseAt,
} from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 8000,
  why:
    'early: startTime has whole seconds (truncated, so the kubelet’s own deadline is no earlier) and snapshots are recorded to ±1 s. ' +
    'late, on top of the pod’s grace period + 2 s for stopping its containers: the deadline handler is polled every second (syncLoop syncTicker, ShouldSync), ' +
    'the pod worker waits up to 2 s for a fresh PLEG status when it turns to terminating, whole-second truncation of the preStop and sidecar waits adds up to 2 s, ' +
    'and the status write and its observation up to 1 s',
};

/**
 * R5.10, E17: when status.startTime + activeDeadlineSeconds has passed, the kubelet evicts
 * the pod: phase Failed, reason DeadlineExceeded, after its containers are stopped with the
 * pod's grace period (R1.6: the terminal phase only once nothing runs). The deadline may be
 * set once or lowered by an update (SetActiveDeadline). So DeadlineExceeded never appears
 * before the deadline, and the pod shows Failed/DeadlineExceeded within the grace period
 * plus the tolerance after it — unless it ended first, was deleted (termination then takes
 * its own course), the kubelet was down, or the trace ends first. The eviction happens in
 * a pod sync, so a pod worker busy at the deadline (a postStart hook, a kill) acts when it
 * is done.
 */
export const deadlineFailsPod: Invariant = {
  id: 'termination/deadline-fails-pod',
  title: 'Past startTime + activeDeadlineSeconds the pod ends Failed/DeadlineExceeded, and not before',
  citation: { rule: 'R5.10', source: 'pkg/kubelet/active_deadline.go ShouldEvict; kubelet_pods.go generateAPIPodStatus', url: SOURCES.activeDeadline },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    const deadline = scenario.pod.spec.activeDeadlineSeconds !== undefined || scenario.faults.some((f) => f.type === 'SetActiveDeadline');
    return deadline ? true : { skip: 'the pod has no activeDeadlineSeconds' };
  },
  check(trace, scenario) {
    const deadline = activeDeadlineAt(trace, scenario);
    const early = trace.snapshots.find((s) => s.status.reason === 'DeadlineExceeded' && (deadline === undefined || s.at < deadline - TOLERANCE.early));
    if (early) {
      return violation({
        at: early.at,
        expected: deadline === undefined ? 'no DeadlineExceeded without an active deadline' : `DeadlineExceeded no earlier than ${formatMs(deadline)}`,
        observed: `reason DeadlineExceeded (phase ${early.status.phase}) at ${formatMs(early.at)}`,
        message: 'the pod was failed for its active deadline too early',
      });
    }
    if (deadline === undefined) return PASS;
    // The eviction needs a sync: a pod worker held up in a postStart hook or a kill acts when it is done.
    const acts = busyUntil(podWorkerBusy(trace), deadline);
    const failedBy = acts + (podTerminationGracePeriodSeconds(scenario.pod) + 2) * 1000 + TOLERANCE.late;
    const ended = terminalPhaseAt(trace) ?? Infinity;
    const deleted = deletionRequestedAt(trace) ?? Infinity;
    const kubeletAway = overlaps(kubeletDown(trace), deadline - TOLERANCE.early, failedBy) || kubeletRestarts(trace).some((t) => t >= deadline - TOLERANCE.early && t <= failedBy);
    // A pod whose containers all completed by the deadline is terminating on its own: the
    // deadline is checked only while the pod worker still syncs it (SyncPod), so it may end Succeeded.
    const policy = restartPolicyOf(scenario);
    const completed =
      policy !== 'Always' &&
      scenario.pod.spec.containers.every((c) => {
        const last = instanceSpans(trace, c.name).at(-1);
        return last?.exit !== undefined && last.exit.at <= deadline + CLOCK_SLACK && (policy === 'Never' || last.exit.exitCode === 0);
      });
    // A terminal phase within 1 s of the deadline may have been decided either way.
    if (ended <= deadline + TOLERANCE.early || (completed && ended !== Infinity) || deleted <= failedBy || kubeletAway || trace.horizon < failedBy) return PASS;
    const evicted = trace.snapshots.find((s) => s.at <= failedBy && isTerminalPhase(s.status.phase));
    if (evicted && evicted.status.phase === 'Failed' && evicted.status.reason === 'DeadlineExceeded') return PASS;
    return violation({
      at: evicted?.at ?? failedBy,
      expected: `phase Failed, reason DeadlineExceeded by ${formatMs(failedBy)} (deadline ${formatMs(deadline)}${acts > deadline ? `, pod worker busy until ${formatMs(acts)}` : ''} + grace + stop window + tolerance)`,
      observed: evicted ? `phase ${evicted.status.phase}${evicted.status.reason ? `, reason ${evicted.status.reason}` : ''}` : 'no terminal phase',
      message: 'the pod outlived its active deadline',
    });
  },
};
