import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, conditionOf, formatMs, pairs } from '../trace-view.js';

/**
 * Two transitions within one second may carry the same whole-second time; the snapshot showing
 * the second one may be observed up to a couple of seconds later (watch and clock slack).
 */
const SAME_SECOND = 1000 + 2 * CLOCK_SLACK;

/** R6.8: the conditions whose lastTransitionTime the kubelet (updateLastTransitionTime) and the controllers keep. */
const TRACKED = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled', 'DisruptionTarget'] as const;

/**
 * R6.8, E19, §13.9: updateLastTransitionTime sets lastTransitionTime to now only when a
 * condition's status differs from the previous value; a new reason or message keeps the old
 * time. The node lifecycle controller (UpdatePodCondition) does the same. So between two
 * snapshots a condition whose status is unchanged keeps its lastTransitionTime exactly, and one
 * whose status changed gets a later one — or the same one when both changes fall within the
 * same second, as API timestamps have whole seconds (judged with the observation slack).
 */
export const transitionTimeOnStatusChange: Invariant = {
  id: 'conditions/transition-time-on-status-change',
  title: 'A condition’s lastTransitionTime changes exactly when its status does, and never moves back',
  citation: { rule: 'R6.8', source: 'pkg/kubelet/status/status_manager.go updateLastTransitionTime', url: SOURCES.statusManager },
  level: 'must',
  kind: 'safety',
  check(trace) {
    for (const [prev, next] of pairs(trace)) {
      for (const type of TRACKED) {
        const before = conditionOf(prev.status, type);
        const after = conditionOf(next.status, type);
        if (!before || !after) continue;
        if (before.status === after.status) {
          if (after.lastTransitionTime === before.lastTransitionTime) continue;
          return violation({
            at: next.at,
            expected: `${type} lastTransitionTime stays ${formatMs(before.lastTransitionTime)} while its status stays ${after.status}`,
            observed: `lastTransitionTime ${formatMs(after.lastTransitionTime)}${after.reason !== before.reason || after.message !== before.message ? ' (reason or message changed)' : ''}`,
            message: `${type}'s lastTransitionTime moved without a status change`,
          });
        }
        const later = after.lastTransitionTime > before.lastTransitionTime;
        const sameSecond = after.lastTransitionTime === before.lastTransitionTime && next.at - before.lastTransitionTime < SAME_SECOND;
        if (later || sameSecond) continue;
        return violation({
          at: next.at,
          expected: `${type} lastTransitionTime after ${formatMs(before.lastTransitionTime)} when its status changes ${before.status} → ${after.status}`,
          observed: `lastTransitionTime ${formatMs(after.lastTransitionTime)}`,
          message: `${type} changed status without a new lastTransitionTime`,
        });
      }
    }
    return PASS;
  },
};
