import { PASS, violation, type Invariant } from '../../invariant.js';
import type { ContainerStatus } from '../../model/container-status.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import { SOURCES } from '../citations.js';
import { activeDeadlinePassedAt, eventsOfType, statusOf } from '../trace-view.js';

/**
 * R1.8, E4, E25: a deleted pod's phase is computed with podIsTerminal (getPhase D4): Succeeded
 * iff every regular container is stopped with exit code 0 — whatever the restartPolicy, so a
 * deleted Always pod whose app exits 0 on SIGTERM ends Succeeded. A container that is Waiting
 * to restart counts as stopped but not succeeded even if its last exit was 0 (R1.3g), and
 * TerminatePod turns any container that is not terminated into ContainerStatusUnknown/137: in
 * the terminal status either way, Succeeded ⇔ every regular container shows `terminated` with
 * exit code 0. Sidecars do not count (R1.3d). Not judged: an eviction by the kubelet (a pod
 * reason such as DeadlineExceeded or Evicted, or a passed active deadline) forces Failed.
 */
export const deletedPhaseFollowsExitCodes: Invariant = {
  id: 'phase/deleted-phase-follows-exit-codes',
  title: 'A deleted pod ends Succeeded exactly when every regular container exited 0',
  citation: { rule: 'R1.8', source: 'pkg/kubelet/kubelet_pods.go getPhase (podIsTerminal); status/status_manager.go TerminatePod', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return eventsOfType(trace, 'DeletionRequested').length > 0 || trace.snapshots.some((s) => s.deletionTimestamp !== null)
      ? true
      : { skip: 'the pod was not deleted' };
  },
  check(trace, scenario) {
    const s = trace.snapshots.find((x) => isTerminalPhase(x.status.phase));
    if (!s) return PASS;
    const deletedAt = eventsOfType(trace, 'DeletionRequested')[0]?.at;
    const deleted = s.deletionTimestamp !== null || (deletedAt !== undefined && deletedAt <= s.at);
    if (!deleted || s.status.reason) return PASS;
    const deadline = activeDeadlinePassedAt(trace, scenario);
    if (deadline !== undefined && deadline <= s.at) return PASS;
    const notSucceeded = scenario.pod.spec.containers
      .map((c): [string, ContainerStatus | undefined] => [c.name, statusOf(s.status, c.name)])
      .find(([, st]) => st?.state.terminated?.exitCode !== 0);
    const expected = notSucceeded ? 'Failed' : 'Succeeded';
    if (s.status.phase === expected) return PASS;
    return violation({
      at: s.at,
      ...(notSucceeded ? { container: notSucceeded[0] } : {}),
      expected: notSucceeded
        ? `Failed: ${notSucceeded[0]} ${describe(notSucceeded[1])}`
        : 'Succeeded: every regular container terminated with exit code 0',
      observed: `phase ${s.status.phase}`,
      message: `a deleted pod ended ${s.status.phase} although ${notSucceeded ? `${notSucceeded[0]} did not exit 0` : 'every regular container exited 0'}`,
    });
  },
};

function describe(status: ContainerStatus | undefined): string {
  if (!status) return 'has no status';
  if (status.state.terminated) return `terminated with exit code ${status.state.terminated.exitCode}`;
  if (status.state.running) return 'is running';
  return `is waiting (${status.state.waiting?.reason ?? ''})`;
}
