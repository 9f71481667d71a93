import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import { SOURCES } from '../citations.js';
import { containerEvents, containerNames, eventsOfType, formatMs, instanceSpans, spanAtIndex } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 0,
  why: 'a bound from below only; the deletion request and the SIGKILL (dated by the exit on a cluster) are each recorded to ±1 s',
};

/**
 * R5.3, R5.1: a deletion with grace G asks the kubelet to give the pod G seconds. The
 * kubelet learns of it after the request, and killContainer spends the grace on the
 * preStop (subtracting whole seconds only, so it never takes more than was used), on the
 * sidecar's turn (likewise), then stops the container with what is left — at least 2 s —
 * so SIGKILL comes no earlier than request + G. A later delete may shorten the grace
 * (R5.2): the bound is the earliest request + G among the requests made before the
 * SIGKILL. Instances whose kill began before the first request (a probe or spec-change
 * kill already under way) keep their own grace and are not asserted — and so do those a
 * sync killed for its own reasons (a probe, a spec change, a failed postStart) after the
 * request: that sync was in flight at the request, runs to its end (kubelet.go SyncPod:
 * `context.WithoutCancel`) and kills with the pod object it began with, which has no
 * deletion grace (setTerminationGracePeriod). Only the termination's kills
 * (PodTermination) carry the deletion's grace.
 */
export const sigkillNotBeforeGrace: Invariant = {
  id: 'termination/sigkill-not-before-grace',
  title: 'After a deletion with grace G, no container is SIGKILLed before the request + G',
  citation: { rule: 'R5.3', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer; pod_workers.go calculateEffectiveGracePeriod', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'DeletionRequested').length > 0 ? true : { skip: 'the pod was not deleted' };
  },
  check(trace, scenario) {
    const requests = eventsOfType(trace, 'DeletionRequested').map((e) => ({ at: e.at, deadline: e.at + e.gracePeriodSeconds * 1000 }));
    const first = requests[0];
    if (!first) return PASS;
    const bound = (t: Millis) => Math.min(...requests.filter((r) => r.at <= t).map((r) => r.deadline));
    for (const name of containerNames(scenario)) {
      const spans = instanceSpans(trace, name);
      const kills = containerEvents(trace, 'ContainerKilling', name);
      for (const sigkill of containerEvents(trace, 'SignalSent', name).filter((s) => s.event.signal === 'SIGKILL')) {
        if (sigkill.event.at < first.at) continue;
        const span = spanAtIndex(spans, sigkill.index);
        if (!span) continue;
        const killedBefore = kills.some((k) => k.index > span.startIndex && k.index < sigkill.index && (k.event.at < first.at || k.event.reason !== 'PodTermination'));
        if (killedBefore) continue;
        const deadline = bound(sigkill.event.at);
        if (sigkill.event.at < deadline - TOLERANCE.early) {
          return violation({
            at: sigkill.event.at,
            container: name,
            expected: `no SIGKILL before ${formatMs(deadline)} (deletion at ${formatMs(first.at)} + its grace)`,
            observed: `SIGKILL at ${formatMs(sigkill.event.at)}`,
            message: `${name} was SIGKILLed before the deletion's grace period ran out`,
          });
        }
      }
    }
    return PASS;
  },
};
