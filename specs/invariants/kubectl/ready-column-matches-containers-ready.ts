import { PASS, violation, type Invariant } from '../../invariant.js';
import { printPod } from '../../kubectl/print-pod.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { activeDeadlinePassedAt, conditionOf } from '../trace-view.js';

/**
 * R11, R6.5: kubectl's READY is `ready/total`, total = regular containers + sidecars, counting a
 * regular container when it is ready and running and a sidecar when it is started and ready.
 * ContainersReady is True exactly when every regular container and sidecar is ready. With
 * ready ⇒ started ⇒ running (R3.5) the two agree: READY shows total/total exactly when
 * ContainersReady is True. Not judged in a terminal phase or past the active deadline, where
 * the kubelet generates ContainersReady False for the phase it computed (PodFailed) while
 * mergePodStatus may still show the containers running. A `should`, as ready ⇒ running is
 * (conditions/ready-implies-started-running).
 */
export const readyColumnMatchesContainersReady: Invariant = {
  id: 'kubectl/ready-column-matches-containers-ready',
  title: 'kubectl READY shows every container ready exactly when ContainersReady is True',
  citation: { rule: 'R6.5', source: 'pkg/printers/internalversion/printers.go printPod; pkg/kubelet/status/generate.go GenerateContainersReadyCondition', url: SOURCES.printers },
  level: 'should',
  kind: 'safety',
  check(trace, scenario) {
    const deadline = activeDeadlinePassedAt(trace, scenario);
    for (const s of trace.snapshots) {
      if (isTerminalPhase(s.status.phase) || (deadline !== undefined && s.at >= deadline)) continue;
      const cr = conditionOf(s.status, 'ContainersReady');
      if (!cr) continue;
      const { ready } = printPod(scenario.pod.spec, s.status, s.deletionTimestamp);
      const [n, total] = ready.split('/');
      const full = n === total;
      if (full === (cr.status === 'True')) continue;
      return violation({
        at: s.at,
        expected: cr.status === 'True' ? `READY ${total}/${total} while ContainersReady is True` : `READY below ${total}/${total} while ContainersReady is ${cr.status}`,
        observed: `READY ${ready}`,
        message: 'kubectl READY and the ContainersReady condition disagree',
      });
    }
    return PASS;
  },
};
