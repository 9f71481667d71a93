import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { eventsOfType, restartPolicyOf } from '../trace-view.js';

/**
 * R1.3f, E3: under restartPolicy Always getPhase answers Running when every container has
 * stopped ("all containers are in the process of restarting"); only a pod the pod worker is
 * terminating (podIsTerminal) can end Succeeded. Without a deletion (user or taint eviction)
 * nothing terminates an Always pod gracefully: an active deadline or a kubelet eviction makes
 * it Failed, never Succeeded. (With ContainerRestartRules a container-level restartPolicy overrides
 * the pod's; such pods are skipped.)
 */
export const alwaysNeverSucceedsUnterminated: Invariant = {
  id: 'phase/always-never-succeeds-unterminated',
  title: 'A restartPolicy Always pod that nobody deleted never becomes Succeeded',
  citation: { rule: 'R1.3', source: 'pkg/kubelet/kubelet_pods.go getPhase (RestartPolicyAlways → Running)', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    if (restartPolicyOf(scenario) !== 'Always') return { skip: `restartPolicy is ${restartPolicyOf(scenario)}, not Always` };
    // ContainerRestartRules: a container-level policy overrides the pod's (getPhase's stoppedNotRestartable branch)
    if (scenario.pod.spec.containers.some((c) => c.restartPolicy !== undefined)) return { skip: 'a regular container sets its own restartPolicy (ContainerRestartRules)' };
    return true;
  },
  check(trace) {
    const deletedAt = eventsOfType(trace, 'DeletionRequested')[0]?.at;
    for (const s of trace.snapshots) {
      if (s.status.phase !== 'Succeeded') continue;
      if (s.deletionTimestamp !== null || (deletedAt !== undefined && deletedAt <= s.at)) return PASS;
      return violation({
        at: s.at,
        expected: 'phase Running while the containers restart (no deletion, so the pod is not terminating)',
        observed: 'phase Succeeded',
        message: 'a restartPolicy Always pod became Succeeded without being deleted',
      });
    }
    return PASS;
  },
};
