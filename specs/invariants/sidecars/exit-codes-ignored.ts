import { PASS, violation, type Invariant } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { activeDeadlinePassedAt, namesOfRole, statusOf } from '../trace-view.js';

/**
 * R1.3d, R2.12, E11: getPhase ignores a sidecar that is terminated, or waiting after an exit,
 * whatever its exit code — sidecars killed at the end of a Job exit 137 or 143 and the pod still
 * Succeeds. So a pod that becomes Failed must have a reason other than its sidecars: a regular
 * container that did not exit 0 (or is waiting or has no status), a failed regular init
 * container, a pod-level reason (DeadlineExceeded, Evicted, an admission rejection) or a passed
 * active deadline, or a sidecar that never ran (Waiting with no previous exit counts as waiting,
 * which is about its state, not its exit code).
 */
export const exitCodesIgnored: Invariant = {
  id: 'sidecars/exit-codes-ignored',
  title: 'A sidecar’s exit code never makes the pod Failed',
  citation: { rule: 'R1.3', source: 'pkg/kubelet/kubelet_pods.go getPhase (restartable init containers: terminated ones are not counted)', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'sidecar').length > 0 ? true : { skip: 'the pod has no sidecar' };
  },
  check(trace, scenario) {
    const s = trace.snapshots.find((x) => isTerminalPhase(x.status.phase));
    if (!s || s.status.phase !== 'Failed' || s.status.reason) return PASS;
    const deadline = activeDeadlinePassedAt(trace, scenario);
    if (deadline !== undefined && deadline <= s.at) return PASS;
    const regularFailed = namesOfRole(scenario, 'regular').some((n) => statusOf(s.status, n)?.state.terminated?.exitCode !== 0);
    const initNotDone = namesOfRole(scenario, 'init').some((n) => {
      const st = statusOf(s.status, n);
      return (st?.state.terminated?.exitCode ?? 0) !== 0 || (st?.state.waiting && (st.lastState.terminated?.exitCode ?? 0) !== 0) || !st?.state.terminated;
    });
    const sidecarNeverRan = namesOfRole(scenario, 'sidecar').some((n) => {
      const st = statusOf(s.status, n);
      return !st || (st.state.waiting !== undefined && !st.lastState.terminated);
    });
    if (regularFailed || initNotDone || sidecarNeverRan) return PASS;
    const culprit = namesOfRole(scenario, 'sidecar').find((n) => (statusOf(s.status, n)?.state.terminated?.exitCode ?? 0) !== 0);
    return violation({
      at: s.at,
      ...(culprit ? { container: culprit } : {}),
      expected: 'Succeeded: every regular container exited 0, sidecar exit codes do not count',
      observed: `Failed${culprit ? ` (sidecar ${culprit} exited ${statusOf(s.status, culprit)?.state.terminated?.exitCode})` : ''}`,
      message: 'the pod Failed although only sidecars had non-zero exit codes',
    });
  },
};
