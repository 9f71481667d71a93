import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { podTerminationGracePeriodSeconds } from '../../model/container-role.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import { effectiveRestartPolicy, eventsOfType, formatMs, instancesOf, kubeletDown, namesOfRole, overlaps, removedFromRuntime } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 10_000,
  why: 'the exit reaches the pod worker through a PLEG relist (1 s), the pod is then killed — sidecars get up to the grace period — and the terminal status is written asynchronously; API timestamps have whole seconds',
};

/**
 * R1.3 D1, R2.3: under restartPolicy Never (the pod's, or the init container's own with
 * ContainerRestartRules) a regular init container that exits non-zero makes getPhase answer
 * Failed before anything else, and computeInitContainerActions kills the pod. So the pod never
 * shows Running afterwards (before the failure it was Pending: init had not finished), and it
 * shows Failed once whatever still ran — sidecars — has been stopped. The pod worker may be
 * busy when the failure happens: SyncPod kills synchronously (a sidecar killed for a failed
 * liveness probe holds it for up to a grace period, then the same sync restarts it) and runs
 * postStart hooks synchronously. So the deadline is the failure, plus any postStart then in
 * flight, plus two grace periods (the kill in flight and the pod kill), plus the tolerance.
 */
export const failedInitUnderNeverFails: Invariant = {
  id: 'phase/failed-init-under-never-fails',
  title: 'Under Never a failed init container makes the pod Failed, never Running',
  citation: { rule: 'R2.3', source: 'pkg/kubelet/kubelet_pods.go getPhase (failedInitialization, Never); kuberuntime_container.go computeInitContainerActions', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  check(trace, scenario) {
    const underNever = namesOfRole(scenario, 'init').filter((name) => effectiveRestartPolicy(scenario, name) === 'Never');
    if (underNever.length === 0) return PASS;
    const down = kubeletDown(trace);
    const graces = [podTerminationGracePeriodSeconds(scenario.pod), ...eventsOfType(trace, 'DeletionRequested').map((e) => e.gracePeriodSeconds)];
    const grace: Millis = Math.max(2, ...graces) * 1000;
    const removedAt = eventsOfType(trace, 'PodRemoved')[0]?.at;
    for (const name of underNever) {
      for (const i of instancesOf(trace, name)) {
        if (!i.exit || i.exit.exitCode === 0 || removedFromRuntime(trace, name, i)) continue; // a removed record is re-run (R4.1 step 2)
        const failedAt = i.exit.at;
        const running = trace.snapshots.find((s) => s.at > failedAt && s.status.phase === 'Running');
        if (running) {
          return violation({
            at: running.at,
            container: name,
            expected: `never Running after ${name} failed (exit ${i.exit.exitCode} at ${formatMs(failedAt)}) under restartPolicy Never`,
            observed: 'phase Running',
            message: `the pod became Running although init container ${name} had failed under Never`,
          });
        }
        const busy = postStartInFlight(trace, failedAt);
        const due = failedAt + busy + 2 * grace + TOLERANCE.late;
        if (due > trace.horizon || overlaps(down, failedAt, due)) continue;
        if (removedAt !== undefined && removedAt <= due) continue; // force-deleted: no terminal phase is observable (R5.9)
        if (trace.snapshots.some((s) => s.at <= due && s.status.phase === 'Failed')) continue;
        const last = [...trace.snapshots].reverse().find((s) => s.at <= due);
        return violation({
          at: due,
          container: name,
          expected: `phase Failed by ${formatMs(due)}: ${name} failed at ${formatMs(failedAt)}, then ${busy > 0 ? `a postStart hook (${formatMs(busy)}), ` : ''}two grace periods of ${formatMs(grace)} and ${formatMs(TOLERANCE.late)}`,
          observed: `phase ${last?.status.phase ?? 'unknown'}`,
          message: `init container ${name} failed under Never but the pod did not become Failed`,
        });
      }
    }
    return PASS;
  },
};

/** How long after `at` a postStart hook that was running at `at` went on (it blocks the pod worker, R7.1). */
function postStartInFlight(trace: Trace, at: Millis): Millis {
  let until = at;
  const open = new Map<string, Millis>();
  for (const e of trace.events) {
    if (e.type === 'HookStarted' && e.hook === 'postStart') open.set(e.container, e.at);
    if (e.type === 'HookFinished' && e.hook === 'postStart') {
      const started = open.get(e.container);
      open.delete(e.container);
      if (started !== undefined && started <= at && e.at > until) until = e.at;
    }
  }
  for (const started of open.values()) if (started <= at) until = Infinity;
  return until - at;
}
