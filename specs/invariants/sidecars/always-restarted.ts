import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import {
  activeDeadlineAt,
  appliedFaults,
  backOffBound,
  deletionRequestedAt,
  failedImageAttempts,
  formatMs,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  namesOfRole,
  overlaps,
  podFinishedAt,
  podWorkerBusy,
  removedFromRuntime,
  statusOf,
  terminalPhaseAt,
} from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 17_000,
  why:
    'the restart waits out the crash-loop back-off (at most backOffBound) and then the pod worker’s next sync: 10–15 s after a sync that hit the back-off ' +
    '(backOffPeriod with 50% jitter), PLEG relists every 1 s, timestamps have whole seconds',
};

/**
 * R2.8, E24: a sidecar that exits — with any code, under any pod restartPolicy, Never included —
 * is started again (computeInitContainerActions appends an exited restartable init container to
 * InitContainersToStart), subject to crash-loop back-off (bounded by backOffBound, or by its cap
 * once a start attempt has failed: such attempts double it too). Not asserted where the trace shows the
 * decision taken away: the pod is deleted, finished (R2.12: no regular container running or to
 * be restarted, or a failed init container under Never), terminal or past its active deadline;
 * the kubelet is down or restarts; the sidecar's image cannot be pulled (a fault, or pull
 * failures and image back-off shown for it — that back-off is per pod and image); the horizon comes
 * first; the instance was removed from the runtime (without a record it is started in init
 * order, after the sidecars before it, when no regular container runs). A pod worker busy in a
 * postStart hook or a kill starts nothing until it is done.
 */
export const alwaysRestarted: Invariant = {
  id: 'sidecars/always-restarted',
  title: 'An exited sidecar is started again within its back-off, whatever the restartPolicy',
  citation: { rule: 'R2.8', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go computeInitContainerActions (restartable init container exited)', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return namesOfRole(scenario, 'sidecar').length > 0 ? true : { skip: 'the pod has no sidecar' };
  },
  check(trace, scenario) {
    const stop = Math.min(
      deletionRequestedAt(trace) ?? Infinity,
      terminalPhaseAt(trace) ?? Infinity,
      activeDeadlineAt(trace, scenario) ?? Infinity,
      podFinishedAt(trace, scenario) ?? Infinity,
    );
    const down = kubeletDown(trace);
    const restarts = kubeletRestarts(trace);
    const busy = podWorkerBusy(trace);
    const pullFailures = appliedFaults(trace, 'ImagePullFailure');
    for (const name of namesOfRole(scenario, 'sidecar')) {
      const spans = instanceSpans(trace, name);
      for (const span of spans) {
        const exit = span.exit;
        // A sidecar whose record was removed is restarted in init order: while no regular
        // container runs it waits for the sidecars before it (computeInitContainerActions).
        if (!exit || removedFromRuntime(trace, name, span)) continue;
        const bound = failedStartBefore(trace, name, exit.at) ? trace.options.crashLoopBackOffMax : backOffBound(trace, span);
        let restartBy: Millis = exit.at + bound + TOLERANCE.late;
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
        // the image pull back-off is keyed by pod and image, so another container's failures can hold this one too
        const imageMissing =
          pullFailures.some((f) => f.fault.container === name && f.at <= restartBy && (f.fault.until ?? Infinity) >= exit.at) ||
          failedImageAttempts(trace, name).some(({ event: e }) => e.at >= exit.at && e.at <= restartBy);
        const kubeletAway = overlaps(down, exit.at, restartBy) || restarts.some((t) => t >= exit.at && t <= restartBy);
        if (stop <= restartBy || imageMissing || kubeletAway || trace.horizon < restartBy) continue;
        return violation({
          at: next ? next.startedAt : restartBy,
          container: name,
          expected: `sidecar ${name} started again by ${formatMs(restartBy)} after its exit ${exit.exitCode} at ${formatMs(exit.at)} (back-off at most ${formatMs(bound)})`,
          observed: next ? `started again at ${formatMs(next.startedAt)}` : 'not started again',
          message: `sidecar ${name} exited and was not restarted in time`,
        });
      }
    }
    return PASS;
  },
};

/** Reasons a start attempt that got past the back-off check failed with (R4.8); CrashLoopBackOff and the defaults are not attempts. */
const NOT_AN_ATTEMPT = new Set(['CrashLoopBackOff', 'ContainerCreating', 'PodInitializing']);

/**
 * Whether a start attempt of the container may have failed before `at`: an image pull failure,
 * a Waiting reason such as ErrImageNeverPull, or an ImagePullFailure fault on it (with
 * imagePullPolicy Never no pull event is recorded, and an init container whose last exit was 0
 * keeps showing that exit instead of its start error — convertToAPIContainerStatuses skips
 * it). doBackOff doubles the back-off for every attempt it lets through, and such attempts
 * leave no ContainerStarted: the back-off can then be anything up to its cap.
 */
function failedStartBefore(trace: Trace, name: string, at: Millis): boolean {
  if (failedImageAttempts(trace, name).some(({ event: e }) => e.at <= at)) return true;
  if (appliedFaults(trace, 'ImagePullFailure').some((f) => f.fault.container === name && f.at <= at)) return true;
  return trace.snapshots.some((s) => {
    if (s.at > at) return false;
    const reason = statusOf(s.status, name)?.state.waiting?.reason;
    return reason !== undefined && !NOT_AN_ATTEMPT.has(reason);
  });
}
