import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import { SOURCES } from '../citations.js';
import {
  activeDeadlineAt,
  appliedFaults,
  backOffBound,
  deletionRequestedAt,
  formatMs,
  imageFailedBetween,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  overlaps,
  podWorkerBusy,
  reinitializationMayHold,
  restartPolicyOf,
  spanAtIndex,
  terminalPhaseAt,
} from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 17_000,
  why:
    'the restart waits out the crash-loop back-off (bounded by restart/crash-loop-back-off’s schedule, see backOffBound) and then the pod worker’s next re-sync: ' +
    '10–15 s after a sync that hit the back-off (backOffPeriod with 50% jitter), PLEG relists every 1 s, timestamps have whole seconds',
};

/**
 * R4.1: ShouldContainerBeRestarted restarts an exited regular container under
 * restartPolicy Always, and under OnFailure when it failed (exit ≠ 0); with no runtime
 * record left it restarts it under any policy. The decision reads the newest record, so
 * for an instance whose record was removed behind the kubelet's back (a RemoveContainer
 * fault) it is the newest instance before it that counts. The restart comes after at most
 * the crash-loop back-off (R4.4). So a new instance must appear within the largest
 * back-off the container can have reached plus the re-sync slack — unless something the
 * trace shows takes the decision away: the pod is deleted or reaches a terminal phase or
 * its active deadline (no restarts while terminating, R5.6), the kubelet is down or
 * restarts, the image cannot be pulled (an ImagePullFailure fault, or any start attempt
 * failing at the image — the image back-off is kept per pod and image, so containers
 * sharing an image share it), or the horizon comes first. A pod worker busy in a
 * postStart hook or a kill starts nothing until it is done, so such intervals push the
 * bound out. With init containers, once no regular container runs the kubelet
 * re-initializes first (computeInitContainerActions: podHasInitialized needs a created or
 * running regular container), and an exited sidecar then holds the restart under its own
 * back-off — not asserted.
 */
export const failedContainersRestarted: Invariant = {
  id: 'restart/failed-containers-restarted',
  title: 'Under Always (any exit) or OnFailure (a failure) an exited container is started again within its back-off',
  citation: { rule: 'R4.1', source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted; kuberuntime_manager.go computePodActions, doBackOff', url: SOURCES.containerHelpers },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return restartPolicyOf(scenario) === 'Never' ? { skip: 'restartPolicy Never restarts nothing' } : true;
  },
  check(trace, scenario) {
    const stop = Math.min(deletionRequestedAt(trace) ?? Infinity, terminalPhaseAt(trace) ?? Infinity, activeDeadlineAt(trace, scenario) ?? Infinity);
    const down = kubeletDown(trace);
    const restarts = kubeletRestarts(trace);
    const busy = podWorkerBusy(trace);
    const pullFailures = appliedFaults(trace, 'ImagePullFailure');
    const policy = restartPolicyOf(scenario);
    for (const { name } of scenario.pod.spec.containers) {
      const spans = instanceSpans(trace, name);
      // Instances whose record a RemoveContainer fault took away: the kubelet decides on the newest record left.
      const removed = new Set(
        appliedFaults(trace, 'RemoveContainer')
          .filter((f) => f.fault.container === name)
          .map((f) => spanAtIndex(spans, f.index)?.ordinal),
      );
      for (const span of spans) {
        const exit = span.exit;
        if (!exit) continue;
        const decisive = removed.has(span.ordinal) ? [...spans.slice(0, span.ordinal)].reverse().find((s) => !removed.has(s.ordinal)) : span;
        // No record left: restarted under any policy (R4.1 rule 2); else Always restarts any exit, OnFailure a failure.
        if (decisive?.exit && policy === 'OnFailure' && decisive.exit.exitCode === 0) continue;
        let restartBy: Millis = exit.at + backOffBound(trace, span) + TOLERANCE.late;
        for (let grew = true; grew; ) {
          grew = false;
          for (const b of busy) {
            if (b.from <= restartBy && b.to >= exit.at && b.to + TOLERANCE.late > restartBy) {
              restartBy = b.to + TOLERANCE.late;
              grew = true;
            }
          }
        }
        const next = spans[span.ordinal + 1];
        if (next && next.startedAt <= restartBy) continue;
        const imageMissing = pullFailures.some((f) => f.fault.container === name && f.at <= restartBy && (f.fault.until ?? Infinity) >= exit.at);
        const kubeletAway = overlaps(down, exit.at, restartBy) || restarts.some((t) => t >= exit.at && t <= restartBy);
        if (stop <= restartBy || imageMissing || kubeletAway || trace.horizon < restartBy) continue;
        if (reinitializationMayHold(trace, scenario, name, exit.at, restartBy) || imageFailedBetween(trace, name, exit.at, restartBy)) continue;
        return violation({
          at: next ? next.startedAt : restartBy,
          container: name,
          expected: `a new instance by ${formatMs(restartBy)} after the exit ${exit.exitCode} at ${formatMs(exit.at)} (back-off at most ${formatMs(backOffBound(trace, span))})`,
          observed: next ? `started again at ${formatMs(next.startedAt)}` : 'not started again',
          message: `${name} exited and was not restarted in time under restartPolicy ${policy}`,
        });
      }
    }
    return PASS;
  },
};
