import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { effectiveRestartPolicy, formatMs, instancesOf, namesOfRole, removedFromRuntime } from '../trace-view.js';

/**
 * R2.3, R1.3 D1: under restartPolicy Never (the pod's, or the init container's own with
 * ContainerRestartRules) a regular init container that exits non-zero makes
 * computeInitContainerActions answer KillPod with nothing to start, and the pod goes Failed: the
 * failed container is not restarted, later init containers and the regular containers never
 * start. (Sidecars are R2.12's business: sidecars/no-restart-after-completion.) An instance that
 * was removed from the runtime is exempt: a container without a record is started again even
 * under Never (R4.1 step 2).
 */
export const failureUnderNeverStops: Invariant = {
  id: 'init/failure-under-never-stops',
  title: 'Under Never, after a regular init container fails no init or regular container starts',
  citation: { rule: 'R2.3', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go computeInitContainerActions (KillPod when !restartOnFailure)', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'init').some((n) => effectiveRestartPolicy(scenario, n) === 'Never')
      ? true
      : { skip: 'no regular init container runs under restartPolicy Never' };
  },
  check(trace, scenario) {
    const watched = new Set([...namesOfRole(scenario, 'init'), ...namesOfRole(scenario, 'regular')]);
    for (const name of namesOfRole(scenario, 'init')) {
      if (effectiveRestartPolicy(scenario, name) !== 'Never') continue;
      const failure = instancesOf(trace, name).find((i) => i.exit && i.exit.exitCode !== 0 && !removedFromRuntime(trace, name, i));
      if (!failure?.exit) continue;
      const failedAt = failure.exit.at;
      // after the exit in the trace's order: a restart in the same instant counts
      const exitIndex = trace.events.findIndex((e) => e.type === 'ContainerExited' && e.container === name && e.at === failedAt);
      const later = trace.events.find((e, i) => i > exitIndex && e.type === 'ContainerStarted' && watched.has(e.container));
      if (later && later.type === 'ContainerStarted') {
        return violation({
          at: later.at,
          container: later.container,
          expected: `nothing starts after ${name} failed at ${formatMs(failedAt)} (exit ${failure.exit.exitCode}) under restartPolicy Never`,
          observed: `${later.container} started`,
          message: `${later.container} started although init container ${name} had failed under Never`,
        });
      }
    }
    return PASS;
  },
};
