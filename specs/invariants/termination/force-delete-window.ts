import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { longestSyncInFlight, terminationKillIndexAfter } from '../sync-in-flight.js';
import { containerEvents, containerNames, eventsOfType, formatMs, instanceSpans, kubeletDown, kubeletRestarts, overlaps } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 3000,
  why:
    'the API removes a force-deleted pod at once (late 3 s covers the watch and ±1 s records); once the kubelet turns to terminating, ' +
    'grace 1 s for the preStop, up to 1 s for a sidecar’s turn and the 2 s minimum stop window: containers are gone 4 s + 3 s after its first kill',
};

/** From the termination's first kill: grace 1 s, a sidecar's turn (at most the grace), the 2 s stop window. */
const SHORT_WINDOW = 4000;

/**
 * R5.9: a force delete (grace 0) removes the pod from the API immediately — no terminal
 * phase is shown — while the kubelet still terminates it with the smallest grace,
 * 1 s (calculateEffectiveGracePeriod: an API grace of 0 becomes 1), which killContainer
 * raises to the 2 s stop window.
 *
 * The short window begins when the kubelet turns to terminating, which need not be at the
 * request. The pod worker's cancellation reaches nothing in flight in 1.34: SyncPod runs
 * the runtime's SyncPod under `context.WithoutCancel` and SyncTerminatingPod under
 * `context.Background()` (kubelet.go, TODO #113606). So a sync in flight finishes first —
 * its kills with their whole grace, then its starts — and a termination already in flight
 * keeps the grace it began with (hooks/prestop-bounded-by-grace and
 * termination/sigkill-not-before-grace bound that one). A v1.34.10 kubelet, force-deleted
 * at 10 s during a 20 s preStop, ran the hook to 25 s in both cases; after the image
 * update's kill it started the new instance and stopped it within 1 s of its termination
 * kill.
 *
 * So: the object is gone within the tolerance; every container running at the
 * termination's first kill after the request has exited within the short window of it;
 * and if no termination was in flight and none begins, no container may still run once
 * the longest sync the scenario allows has passed (every container killed and started
 * once, each kill its whole grace plus the stop window, each postStart its duration).
 */
export const forceDeleteWindow: Invariant = {
  id: 'termination/force-delete-window',
  title: 'A force-deleted pod is removed at once, and its containers are stopped within the short window once the kubelet terminates it',
  citation: {
    rule: 'R5.9',
    source: 'pkg/kubelet/pod_workers.go calculateEffectiveGracePeriod; kuberuntime_container.go killContainer; kubelet.go SyncPod (context.WithoutCancel), SyncTerminatingPod',
    url: SOURCES.podWorkers,
  },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'DeletionRequested').some((e) => e.force || e.gracePeriodSeconds === 0) ? true : { skip: 'the pod was not force-deleted' };
  },
  check(trace, scenario) {
    const requestIndex = trace.events.findIndex((e) => e.type === 'DeletionRequested' && (e.force || e.gracePeriodSeconds === 0));
    const request = trace.events[requestIndex];
    if (!request) return PASS;
    const removedBy = request.at + TOLERANCE.late;
    const removed = eventsOfType(trace, 'PodRemoved')[0];
    if ((!removed || removed.at > removedBy) && trace.horizon >= removedBy) {
      return violation({
        at: removed?.at ?? removedBy,
        expected: `the pod removed from the API by ${formatMs(removedBy)} (force delete at ${formatMs(request.at)})`,
        observed: removed ? `removed at ${formatMs(removed.at)}` : 'never removed',
        message: 'a force-deleted pod stayed in the API',
      });
    }
    const firstTerminationKill = terminationKillIndexAfter(trace, -1);
    if (firstTerminationKill >= 0 && firstTerminationKill < requestIndex) return PASS; // a termination in flight keeps its grace
    const terminationIndex = terminationKillIndexAfter(trace, requestIndex);
    const termination = trace.events[terminationIndex];
    const from = termination?.at ?? request.at;
    const stoppedBy = termination ? termination.at + SHORT_WINDOW + TOLERANCE.late : request.at + longestSyncInFlight(scenario) + TOLERANCE.late;
    const away = overlaps(kubeletDown(trace), request.at, stoppedBy) || kubeletRestarts(trace).some((t) => t >= request.at && t <= stoppedBy);
    if (away || trace.horizon < stoppedBy) return PASS;
    for (const name of containerNames(scenario)) {
      for (const span of instanceSpans(trace, name)) {
        const runningThen = termination
          ? span.startIndex < terminationIndex && !(span.exitIndex !== undefined && span.exitIndex < terminationIndex)
          : !(span.exit && span.exit.at <= request.at);
        if (!runningThen) continue;
        if (span.exit && span.exit.at <= stoppedBy) continue;
        const signalled = containerEvents(trace, 'SignalSent', name).some((s) => s.index > span.startIndex && s.event.at >= from);
        return violation({
          at: span.exit?.at ?? stoppedBy,
          container: name,
          expected: termination
            ? `the container stopped by ${formatMs(stoppedBy)} (grace 1 s, 2 s stop window, after the termination began at ${formatMs(termination.at)}; force delete at ${formatMs(request.at)})`
            : `the container stopped by ${formatMs(stoppedBy)}: the force delete at ${formatMs(request.at)} plus the longest sync that could have been in flight`,
          observed: span.exit ? `exited at ${formatMs(span.exit.at)}` : `still running${signalled ? '' : ', never signalled'}`,
          message: termination ? `${name} outlived the short window a force delete leaves` : `${name} kept running and the kubelet never began terminating the force-deleted pod`,
        });
      }
    }
    return PASS;
  },
};
