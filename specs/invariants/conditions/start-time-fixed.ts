import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { formatMs } from '../trace-view.js';

/**
 * R1.10, §13.10: the status manager sets `status.startTime` the first time it records a status for
 * the pod and keeps the old value ever after (updateStatusInternal; a restarted kubelet starts
 * from the API's status, so the value survives it too).
 */
export const startTimeFixed: Invariant = {
  id: 'conditions/start-time-fixed',
  title: 'status.startTime, once set, never changes',
  citation: { rule: 'R1.10', source: 'pkg/kubelet/status/status_manager.go updateStatusInternal', url: SOURCES.statusManager },
  level: 'must',
  kind: 'safety',
  check(trace) {
    let first: { value: number; at: number } | undefined;
    for (const s of trace.snapshots) {
      const v = s.status.startTime;
      if (first === undefined) {
        if (v !== null) first = { value: v, at: s.at };
        continue;
      }
      if (v === first.value) continue;
      return violation({
        at: s.at,
        expected: `startTime ${formatMs(first.value)} (set at ${formatMs(first.at)})`,
        observed: v === null ? 'startTime unset' : `startTime ${formatMs(v)}`,
        message: 'status.startTime changed after it was set',
      });
    }
    return PASS;
  },
};
