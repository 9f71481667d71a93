import { PASS, violation, type Invariant } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { eventsOfType, formatMs } from '../trace-view.js';

/**
 * R5.8, R1.8: the kubelet deletes a terminating pod from the API (grace 0, UID
 * precondition) only after it has written the terminal phase and the API shows it
 * (status_manager.go canBeDeleted). So the pod disappears only after a snapshot with
 * Succeeded or Failed — unless it was force-deleted (grace 0), which removes it at once
 * (R5.9).
 */
export const removalAfterTerminal: Invariant = {
  id: 'termination/removal-after-terminal',
  title: 'A gracefully deleted pod is removed from the API only after a terminal phase was shown',
  citation: { rule: 'R5.8', source: 'pkg/kubelet/status/status_manager.go syncPod, canBeDeleted', url: SOURCES.statusManager },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'PodRemoved').length > 0 ? true : { skip: 'the pod was not removed' };
  },
  check(trace) {
    const removed = eventsOfType(trace, 'PodRemoved')[0];
    if (!removed) return PASS;
    const forced = eventsOfType(trace, 'DeletionRequested').some((e) => (e.force || e.gracePeriodSeconds === 0) && e.at <= removed.at);
    if (forced) return PASS;
    if (trace.snapshots.some((s) => s.at <= removed.at && isTerminalPhase(s.status.phase))) return PASS;
    const last = [...trace.snapshots].reverse().find((s) => s.at <= removed.at);
    return violation({
      at: removed.at,
      expected: 'the API shows Succeeded or Failed before the pod is removed',
      observed: `removed at ${formatMs(removed.at)}, last seen ${last ? `in phase ${last.status.phase}` : 'never'}`,
      message: 'a gracefully deleted pod was removed without a terminal phase',
    });
  },
};
