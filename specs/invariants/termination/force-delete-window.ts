import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { containerEvents, containerNames, eventsOfType, formatMs, instanceSpans, kubeletDown, kubeletRestarts, overlaps } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 3000,
  why:
    'the API removes a force-deleted pod at once (late 3 s covers the watch and ±1 s records); on the node the kubelet turns to terminating after up to 2 s ' +
    '(it waits for a fresh PLEG status), then grace 1 s for the preStop, up to 1 s for a sidecar’s turn and the 2 s minimum stop window: containers are gone 6 s + 3 s after the request',
};

/**
 * R5.9: a force delete (grace 0) removes the pod from the API immediately — no terminal
 * phase is shown — while the kubelet still terminates it with the smallest grace,
 * 1 s (calculateEffectiveGracePeriod: an API grace of 0 becomes 1), which killContainer
 * raises to the 2 s stop window. So: the object is gone within the tolerance, and every
 * container running at the request has exited within the short window — not after the
 * pod's own terminationGracePeriodSeconds. (Kubelets before the `overridden` check in
 * calculateEffectiveGracePeriod fell back to the pod's grace; the baseline has it.)
 */
export const forceDeleteWindow: Invariant = {
  id: 'termination/force-delete-window',
  title: 'A force-deleted pod is removed at once, and its containers are stopped within the short window',
  citation: { rule: 'R5.9', source: 'pkg/kubelet/pod_workers.go calculateEffectiveGracePeriod; kuberuntime_container.go killContainer', url: SOURCES.podWorkers },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'DeletionRequested').some((e) => e.force || e.gracePeriodSeconds === 0) ? true : { skip: 'the pod was not force-deleted' };
  },
  check(trace, scenario) {
    const request = eventsOfType(trace, 'DeletionRequested').find((e) => e.force || e.gracePeriodSeconds === 0);
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
    const stoppedBy = request.at + 6000 + TOLERANCE.late;
    const away = overlaps(kubeletDown(trace), request.at, stoppedBy) || kubeletRestarts(trace).some((t) => t >= request.at && t <= stoppedBy);
    if (away || trace.horizon < stoppedBy) return PASS;
    for (const name of containerNames(scenario)) {
      for (const span of instanceSpans(trace, name)) {
        if (span.startedAt > request.at || (span.exit && span.exit.at <= request.at)) continue;
        if (span.exit && span.exit.at <= stoppedBy) continue;
        const signalled = containerEvents(trace, 'SignalSent', name).some((s) => s.index > span.startIndex && s.event.at >= request.at);
        return violation({
          at: span.exit?.at ?? stoppedBy,
          container: name,
          expected: `the container stopped by ${formatMs(stoppedBy)} (grace 1 s, 2 s stop window, after the force delete at ${formatMs(request.at)})`,
          observed: span.exit ? `exited at ${formatMs(span.exit.at)}` : `still running${signalled ? '' : ', never signalled'}`,
          message: `${name} outlived the short window a force delete leaves`,
        });
      }
    }
    return PASS;
  },
};
