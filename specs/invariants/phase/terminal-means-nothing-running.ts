import { PASS, violation, type Invariant } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { allStatuses } from '../trace-view.js';

/**
 * R1.6, E8: the status manager's mergePodStatus keeps the previous phase while the pod worker
 * could still have running containers, so a terminal phase is published only after every
 * container — sidecars included — has stopped, and in the same write as their terminated
 * states.
 */
export const terminalMeansNothingRunning: Invariant = {
  id: 'phase/terminal-means-nothing-running',
  title: 'A Succeeded or Failed pod shows no running container, sidecars included',
  citation: { rule: 'R1.6', source: 'pkg/kubelet/status/status_manager.go mergePodStatus', url: SOURCES.statusManager },
  level: 'must',
  kind: 'safety',
  check(trace) {
    for (const s of trace.snapshots) {
      if (!isTerminalPhase(s.status.phase)) continue;
      const running = allStatuses(s.status).find((c) => c.state.running);
      if (running) {
        return violation({
          at: s.at,
          container: running.name,
          expected: `no container running while the phase is ${s.status.phase}`,
          observed: `${running.name} running (started ${running.state.running!.startedAt} ms)`,
          message: `the pod showed ${s.status.phase} while ${running.name} was still running`,
        });
      }
    }
    return PASS;
  },
};
