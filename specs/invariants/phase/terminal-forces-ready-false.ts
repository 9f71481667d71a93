import { PASS, violation, type Invariant } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { conditionOf } from '../trace-view.js';

const TERMINAL_REASON = { Succeeded: 'PodCompleted', Failed: 'PodFailed' } as const;

/**
 * R1.7: when the phase written is terminal, mergePodStatus forces Ready and ContainersReady to
 * False if either was True (kubernetes#108594), and generate.go gives both the reason
 * PodCompleted (Succeeded) or PodFailed (Failed) when it generates them for a terminal phase.
 *
 * The reason is only checked for consistency: TerminatePod turns a Pending pod Failed without
 * regenerating conditions, so a pod deleted before it ever ran ends Failed with the
 * ContainersNotReady it had (status_manager.go TerminatePod). What can never happen is a
 * terminal pod that is Ready, or a terminal reason naming the other terminal phase.
 * An absent condition (a pod rejected at admission never had one) is not True either.
 */
export const terminalForcesReadyFalse: Invariant = {
  id: 'phase/terminal-forces-ready-false',
  title: 'A Succeeded or Failed pod has Ready and ContainersReady False',
  citation: { rule: 'R1.7', source: 'pkg/kubelet/status/status_manager.go mergePodStatus; status/generate.go generate*ConditionForTerminalPhase', url: SOURCES.statusManager },
  level: 'must',
  kind: 'safety',
  check(trace) {
    for (const s of trace.snapshots) {
      const p = s.status.phase;
      if (!isTerminalPhase(p)) continue;
      for (const type of ['Ready', 'ContainersReady']) {
        const c = conditionOf(s.status, type);
        if (!c) continue;
        if (c.status !== 'False') {
          return violation({
            at: s.at,
            expected: `${type} False (${TERMINAL_REASON[p]}) once the pod is ${p}`,
            observed: `${type} ${c.status}`,
            message: `the pod is ${p} but ${type} is ${c.status}`,
          });
        }
        const other = p === 'Succeeded' ? 'PodFailed' : 'PodCompleted';
        if (c.reason === other) {
          return violation({
            at: s.at,
            expected: `${type} reason ${TERMINAL_REASON[p]} (or the reason it had) for a ${p} pod`,
            observed: `${type} reason ${other}`,
            message: `the pod is ${p} but ${type} says ${other}`,
          });
        }
      }
    }
    return PASS;
  },
};
