import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { activeDeadlinePassedAt, eventsOfType, restartPolicyOf } from '../trace-view.js';

/**
 * R1.3 D4, E12: under OnFailure getPhase never answers Failed for a pod the kubelet is not
 * terminating — a failed container is "in the process of restarting" (Running), a failed init
 * container keeps the pod Pending (R1.3a). Failed needs podIsTerminal: a deletion (user or taint
 * eviction), or an eviction by the kubelet that writes a pod reason (DeadlineExceeded, Evicted,
 * an admission rejection).
 */
export const onFailureFailsOnlyWhenTerminated: Invariant = {
  id: 'phase/on-failure-fails-only-when-terminated',
  title: 'An OnFailure pod becomes Failed only when deleted, evicted or past its active deadline',
  citation: { rule: 'R1.3', source: 'pkg/kubelet/kubelet_pods.go getPhase (OnFailure → Running); active_deadline.go', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    if (restartPolicyOf(scenario) !== 'OnFailure') return { skip: `restartPolicy is ${restartPolicyOf(scenario)}, not OnFailure` };
    const own = [...(scenario.pod.spec.initContainers ?? []), ...scenario.pod.spec.containers].some((c) => c.restartPolicy !== undefined && c.restartPolicy !== 'Always');
    if (own) return { skip: 'a container sets its own restartPolicy (ContainerRestartRules)' };
    return true;
  },
  check(trace, scenario) {
    const deletedAt = eventsOfType(trace, 'DeletionRequested')[0]?.at;
    const deadline = activeDeadlinePassedAt(trace, scenario);
    const s = trace.snapshots.find((x) => x.status.phase === 'Failed');
    if (!s) return PASS;
    const deleted = s.deletionTimestamp !== null || (deletedAt !== undefined && deletedAt <= s.at);
    const evicted = Boolean(s.status.reason) || (deadline !== undefined && deadline <= s.at);
    if (deleted || evicted) return PASS;
    return violation({
      at: s.at,
      expected: 'phase Running or Pending while containers are restarted (OnFailure), Failed only on deletion or eviction',
      observed: 'phase Failed, no deletion, no pod reason',
      message: 'an OnFailure pod became Failed without being deleted or evicted',
    });
  },
};
