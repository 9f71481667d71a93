import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { appliedFaults, containerEvents, formatMs, instanceSpans, restartPolicyOf, roleOf, containerNames } from '../trace-view.js';

/**
 * R4.1: under restartPolicy Never an exited container is not started again
 * (ShouldContainerBeRestarted: Never → no). Sidecars are excluded: they always restart
 * (R2.8). The exceptions R4.1/R4.2 name, which the trace shows:
 * - the container has no runtime record (R4.1 rule 2) — here when it was removed from
 *   the runtime behind the kubelet's back (a RemoveContainer fault, E13);
 * - a spec change (an image update) of a running container kills and restarts it
 *   regardless of the policy (R4.2: computePodActions, "definition changed"). The decision is
 *   taken on the status the sync read: when that sync is busy killing another container first,
 *   the instance may exit on its own before its kill comes, and the (idle) kill and the start
 *   still follow (SyncPod kills all of ContainersToKill, then starts ContainersToStart) — so the
 *   kill counts anywhere between the instance's start and the next one.
 */
export const neverPolicyNoRestart: Invariant = {
  id: 'restart/never-policy-no-restart',
  title: 'Under restartPolicy Never an exited container is never started again',
  citation: { rule: 'R4.1', source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted', url: SOURCES.containerHelpers },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return restartPolicyOf(scenario) === 'Never' ? true : { skip: 'restartPolicy is not Never' };
  },
  check(trace, scenario) {
    const removals = appliedFaults(trace, 'RemoveContainer');
    for (const name of containerNames(scenario)) {
      if (roleOf(scenario, name) === 'sidecar') continue;
      const spans = instanceSpans(trace, name);
      const specChanges = containerEvents(trace, 'ContainerKilling', name).filter((k) => k.event.reason === 'SpecChanged');
      for (let i = 1; i < spans.length; i++) {
        const [prev, next] = [spans[i - 1]!, spans[i]!];
        if (!prev.exit) continue;
        const removed = removals.some((r) => r.fault.container === name && r.at >= prev.startedAt && r.at <= next.startedAt);
        const changed = specChanges.some((k) => k.index > prev.startIndex && k.index < next.startIndex);
        if (removed || changed) continue;
        return violation({
          at: next.startedAt,
          container: name,
          expected: `no new instance after the exit (code ${prev.exit.exitCode}) at ${formatMs(prev.exit.at)} under restartPolicy Never`,
          observed: `started again at ${formatMs(next.startedAt)} (restartCount ${next.restartCount})`,
          message: `${name} was restarted under restartPolicy Never`,
        });
      }
    }
    return PASS;
  },
};
