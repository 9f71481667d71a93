import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { longestSyncInFlight, terminationKillIndexAfter } from '../sync-in-flight.js';
import { CLOCK_SLACK, deletionRequestedAt, formatMs, instanceSpans, containerNames, type InstanceSpan } from '../trace-view.js';

/**
 * R5.6: once the pod has a deletionTimestamp no container — regular, init or sidecar — is
 * started or restarted by the termination or after it (ShouldContainerBeRestarted:
 * deletionTimestamp → no). The pod worker cancels the sync in flight, but in 1.34 that sync
 * runs the runtime's SyncPod with `context.WithoutCancel` (kubelet.go SyncPod, TODO #113606):
 * it finishes — its kills with their whole grace, then the starts it decided — before
 * SyncTerminatingPod begins. A v1.34.10 kubelet did exactly that: deleted at 5.5 s during a
 * 5 s preStop of an image-update kill, it started the new instance at 6.9 s and began the
 * termination at 7.6 s; force-deleted during a 20 s preStop, it started the new instance
 * 15 s after the request.
 *
 * So a start after the request is the sync's in flight only if it comes before the
 * termination's first kill (in trace order), is its container's first start since the
 * request (a sync starts each container once), and — where the termination killed nothing,
 * because that instance had already exited — comes within the longest sync the scenario
 * allows and exits on its own. Recorded times are good to ±1 s: starts up to 1 s after
 * the request are not reported.
 */
export const noStartAfterDeletion: Invariant = {
  id: 'termination/no-start-after-deletion',
  title: 'No container is started after the pod’s deletion was requested, except by the sync in flight',
  citation: { rule: 'R5.6', source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted; kubelet.go SyncPod (context.WithoutCancel); pod_workers.go UpdatePod', url: SOURCES.containerHelpers },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return deletionRequestedAt(trace) !== undefined ? true : { skip: 'the pod was not deleted' };
  },
  check(trace, scenario) {
    const deletedAt = deletionRequestedAt(trace);
    if (deletedAt === undefined) return PASS;
    const requestIndex = trace.events.findIndex((e) => e.type === 'DeletionRequested');
    const terminationBegan = terminationKillIndexAfter(trace, requestIndex);
    const syncEndsBy = deletedAt + longestSyncInFlight(scenario) + CLOCK_SLACK;
    /** Why this start, the container's `nth` since the request, cannot be the sync in flight's; undefined if it can. */
    const notInFlight = (span: InstanceSpan, nth: number): string | undefined => {
      if (terminationBegan >= 0 && span.startIndex > terminationBegan) return 'after the termination began';
      if (nth > 0) return 'a second time since the request (a sync in flight starts each container once)';
      if (terminationBegan >= 0) return undefined;
      if (span.startedAt > syncEndsBy) return `after ${formatMs(syncEndsBy)}, later than the sync in flight could have run`;
      if (!span.exit && trace.horizon >= syncEndsBy) return 'and never stopped by a termination';
      return undefined;
    };
    let first: { span: InstanceSpan; why: string } | undefined;
    for (const name of containerNames(scenario)) {
      const after = instanceSpans(trace, name).filter((s) => s.startedAt > deletedAt);
      after.forEach((span, nth) => {
        if (span.startedAt <= deletedAt + CLOCK_SLACK) return;
        const why = notInFlight(span, nth);
        if (why && (!first || span.startIndex < first.span.startIndex)) first = { span, why };
      });
    }
    if (!first) return PASS;
    const { span, why } = first;
    return violation({
      at: span.startedAt,
      container: span.container,
      expected: `no container started after the deletion request at ${formatMs(deletedAt)}, except by the sync then in flight`,
      observed: `${span.container} started at ${formatMs(span.startedAt)} (restartCount ${span.restartCount}) ${why}`,
      message: `${span.container} was started while the pod was terminating`,
    });
  },
};
