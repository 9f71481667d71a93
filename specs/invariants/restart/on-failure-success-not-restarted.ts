import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { appliedFaults, containerEvents, formatMs, instanceSpans, restartPolicyOf } from '../trace-view.js';

/**
 * R4.1: under restartPolicy OnFailure a regular container that exited 0 is not started
 * again (ShouldContainerBeRestarted: OnFailure and exit 0 → no; after a new sandbox too,
 * R2.5). Exceptions, as for Never: no runtime record (a RemoveContainer fault, R4.1 rule
 * 2) and a spec change of the running container (R4.2). A third one is the kubelet's own
 * kill for a failed liveness or startup probe: computePodActions decides the restart when
 * it kills (restart = policy ≠ Never), before the exit code is known, so a probe-killed
 * container that exits 0 on SIGTERM is started again in the same sync. As the decision is taken
 * on the status the sync read, the instance may also exit 0 on its own before its kill comes
 * (the sync busy killing another container first): the kill counts anywhere between the
 * instance's start and the next one.
 */
export const onFailureSuccessNotRestarted: Invariant = {
  id: 'restart/on-failure-success-not-restarted',
  title: 'Under restartPolicy OnFailure a container that exited 0 is not started again',
  citation: { rule: 'R4.1', source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted; kuberuntime_manager.go computePodActions', url: SOURCES.containerHelpers },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return restartPolicyOf(scenario) === 'OnFailure' ? true : { skip: 'restartPolicy is not OnFailure' };
  },
  check(trace, scenario) {
    const removals = appliedFaults(trace, 'RemoveContainer');
    for (const { name } of scenario.pod.spec.containers) {
      const spans = instanceSpans(trace, name);
      const decidedAtKill = containerEvents(trace, 'ContainerKilling', name).filter((k) =>
        ['SpecChanged', 'LivenessProbe', 'StartupProbe'].includes(k.event.reason),
      );
      for (let i = 1; i < spans.length; i++) {
        const [prev, next] = [spans[i - 1]!, spans[i]!];
        if (!prev.exit || prev.exit.exitCode !== 0) continue;
        const removed = removals.some((r) => r.fault.container === name && r.at >= prev.startedAt && r.at <= next.startedAt);
        const killed = decidedAtKill.some((k) => k.index > prev.startIndex && k.index < next.startIndex);
        if (removed || killed) continue;
        return violation({
          at: next.startedAt,
          container: name,
          expected: `no new instance after the exit 0 at ${formatMs(prev.exit.at)} under restartPolicy OnFailure`,
          observed: `started again at ${formatMs(next.startedAt)} (restartCount ${next.restartCount})`,
          message: `${name} completed successfully and was restarted under restartPolicy OnFailure`,
        });
      }
    }
    return PASS;
  },
};
