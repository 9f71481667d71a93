import { PASS, violation, type Invariant } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { eventsOfType } from '../trace-view.js';

/**
 * R1.8, R5.8: since 1.27 the kubelet moves a deleted pod to Failed or Succeeded before it
 * removes it, and its status manager deletes the object (grace 0, UID precondition) only once
 * the API shows a terminal phase (canBeDeleted). A force delete, or a delete with grace 0,
 * removes the object at once (R5.1, R5.9): those are not judged.
 */
export const deletedPodEndsTerminal: Invariant = {
  id: 'phase/deleted-pod-ends-terminal',
  title: 'A gracefully deleted pod shows Succeeded or Failed before it is removed',
  citation: { rule: 'R1.8', source: 'pkg/kubelet/status/status_manager.go syncPod, canBeDeleted; pod-lifecycle.md', url: SOURCES.statusManager },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'PodRemoved').length > 0 ? true : { skip: 'the pod was not removed within the trace' };
  },
  check(trace) {
    const removedAt = eventsOfType(trace, 'PodRemoved')[0]?.at;
    if (removedAt === undefined) return PASS;
    if (trace.snapshots.some((s) => s.at <= removedAt && isTerminalPhase(s.status.phase))) return PASS;
    const immediate = eventsOfType(trace, 'DeletionRequested').some((e) => e.at <= removedAt && (e.force || e.gracePeriodSeconds === 0));
    if (immediate) return PASS;
    const last = [...trace.snapshots].reverse().find((s) => s.at <= removedAt);
    return violation({
      at: removedAt,
      expected: 'a terminal phase (Succeeded or Failed) written before the pod object is removed',
      observed: `removed while ${last?.status.phase ?? 'never observed'}`,
      message: 'a gracefully deleted pod was removed without ever showing a terminal phase',
    });
  },
};
