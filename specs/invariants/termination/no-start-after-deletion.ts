import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, deletionRequestedAt, formatMs } from '../trace-view.js';

/**
 * R5.6: once the pod has a deletionTimestamp no container — regular, init or sidecar — is
 * started or restarted by the termination or after it (ShouldContainerBeRestarted:
 * deletionTimestamp → no). The pod worker cancels the sync in flight, but in 1.34 that sync
 * runs the runtime's SyncPod with `context.WithoutCancel` (kubelet.go SyncPod, TODO #113606):
 * it finishes — its kills with their whole grace, then the starts it decided — before
 * SyncTerminatingPod begins. A v1.34.10 kubelet did exactly that: deleted at 5.5 s during a
 * 5 s preStop of an image-update kill, it started the new instance at 6.9 s and began the
 * termination at 7.6 s. So a start counts only once the termination has begun (its first
 * PodTermination kill after the request, in trace order) or when the termination kills
 * nothing — a start then is never stopped. Recorded times are good to ±1 s: starts up to 1 s
 * after the request are not reported.
 */
export const noStartAfterDeletion: Invariant = {
  id: 'termination/no-start-after-deletion',
  title: 'No container is started after the pod’s deletion was requested',
  citation: { rule: 'R5.6', source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted; kubelet.go SyncPod (context.WithoutCancel); pod_workers.go UpdatePod', url: SOURCES.containerHelpers },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return deletionRequestedAt(trace) !== undefined ? true : { skip: 'the pod was not deleted' };
  },
  check(trace) {
    const deletedAt = deletionRequestedAt(trace);
    if (deletedAt === undefined) return PASS;
    const terminationBegan = trace.events.findIndex((e) => e.type === 'ContainerKilling' && e.reason === 'PodTermination' && e.at >= deletedAt);
    const start = trace.events.find(
      (e, i) => e.type === 'ContainerStarted' && e.at > deletedAt + CLOCK_SLACK && (terminationBegan < 0 || i > terminationBegan),
    );
    if (start && start.type === 'ContainerStarted') {
      return violation({
        at: start.at,
        container: start.container,
        expected: `no container started after the deletion request at ${formatMs(deletedAt)}`,
        observed: `${start.container} started at ${formatMs(start.at)} (restartCount ${start.restartCount})`,
        message: `${start.container} was started while the pod was terminating`,
      });
    }
    return PASS;
  },
};
