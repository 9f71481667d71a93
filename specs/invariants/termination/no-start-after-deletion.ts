import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, deletionRequestedAt, eventsOfType, formatMs } from '../trace-view.js';

/**
 * R5.6: once the pod has a deletionTimestamp no container — regular, init or sidecar — is
 * started or restarted (ShouldContainerBeRestarted: deletionTimestamp → no; the pod worker
 * moves to terminating and cancels the sync in flight). A start already under way when
 * the kubelet learns of the deletion may still land, and recorded times are good to ±1 s:
 * starts up to 1 s after the request are not reported.
 */
export const noStartAfterDeletion: Invariant = {
  id: 'termination/no-start-after-deletion',
  title: 'No container is started after the pod’s deletion was requested',
  citation: { rule: 'R5.6', source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted; pod_workers.go UpdatePod (terminating cancels the sync)', url: SOURCES.containerHelpers },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return deletionRequestedAt(trace) !== undefined ? true : { skip: 'the pod was not deleted' };
  },
  check(trace) {
    const deletedAt = deletionRequestedAt(trace);
    if (deletedAt === undefined) return PASS;
    const start = eventsOfType(trace, 'ContainerStarted').find((e) => e.at > deletedAt + CLOCK_SLACK);
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
