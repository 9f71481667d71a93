import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { allStatuses, appliedFaults, CLOCK_SLACK, containerEvents, failedImageAttempts, formatMs, statusOf } from '../trace-view.js';

/**
 * R4.4, E5: the first restart after the first exit is immediate — doBackOff finds no
 * back-off entry (or an expired one) and calls Next() instead of refusing. Refusing
 * (`CrashLoopBackOff`) needs an exited record and an entry some earlier restart attempt
 * created: after a successful restart that is a second exit; but an attempt that passed
 * doBackOff and then failed at the image (ImagePullFailed / ImagePullBackOff) created the
 * entry too, without a new instance — then one exit is enough. So CrashLoopBackOff is
 * never shown before the second exit, or the first exit followed by a failed start: an
 * image pull event, a start-error waiting reason in the status (ErrImageNeverPull,
 * CreateContainerError …), or an image made unavailable by an ImagePullFailure fault.
 */
/** Waiting reasons of a start attempt that failed after doBackOff had advanced the back-off (R4.8). */
const START_ERRORS = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'ErrImageNeverPull',
  'InvalidImageName',
  'ImageInspectError',
  'CreateContainerConfigError',
  'CreateContainerError',
  'PreCreateHookError',
  'PreStartHookError',
  'RunContainerError',
]);

export const noCrashLoopOnFirstExit: Invariant = {
  id: 'restart/no-crash-loop-on-first-exit',
  title: 'CrashLoopBackOff is never shown before a container’s second exit (or an exit and a failed start)',
  citation: { rule: 'R4.4', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff; client-go flowcontrol/backoff.go IsInBackOffSince', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'safety',
  check(trace) {
    const exits = new Map<string, number[]>();
    for (const snapshot of trace.snapshots) {
      for (const status of allStatuses(snapshot.status)) {
        if (status.state.waiting?.reason !== 'CrashLoopBackOff') continue;
        if (!exits.has(status.name)) exits.set(status.name, containerEvents(trace, 'ContainerExited', status.name).map((e) => e.event.at));
        const before = exits.get(status.name)!.filter((t) => t <= snapshot.at + CLOCK_SLACK);
        const firstExit = before[0];
        const failedStart =
          firstExit !== undefined &&
          (failedImageAttempts(trace, status.name).some(({ event: e }) => e.at >= firstExit && e.at <= snapshot.at + CLOCK_SLACK) ||
            trace.snapshots.some((s) => s.at >= firstExit && s.at <= snapshot.at && START_ERRORS.has(statusOf(s.status, status.name)?.state.waiting?.reason ?? '')) ||
            appliedFaults(trace, 'ImagePullFailure').some((f) => f.fault.container === status.name && f.at <= snapshot.at && (f.fault.until ?? Infinity) >= firstExit));
        if (before.length < 2 && !failedStart) {
          return violation({
            at: snapshot.at,
            container: status.name,
            expected: 'CrashLoopBackOff only after a second exit, or an exit and a failed start (the first restart is immediate)',
            observed: `CrashLoopBackOff at ${formatMs(snapshot.at)} after ${before.length} exit${before.length === 1 ? '' : 's'}`,
            message: `${status.name} was put in back-off on its first exit`,
          });
        }
      }
    }
    return PASS;
  },
};
