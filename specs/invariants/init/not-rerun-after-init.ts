import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { formatMs, namesOfRole, sandboxEpochAt } from '../trace-view.js';

/**
 * R2.4, E9: once a regular container of the current sandbox exists, computeInitContainerActions
 * skips every regular init container ("after initialization, only restartable init containers
 * need to be kept running") — so a completed init container is not run again when its image is
 * changed (since 1.20, kubernetes#96572) nor when its record is garbage-collected. Only a new
 * sandbox (R2.5) runs them again.
 */
export const notRerunAfterInit: Invariant = {
  id: 'init/not-rerun-after-init',
  title: 'Within a sandbox, no regular init container starts after a regular container has started',
  citation: { rule: 'R2.4', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go computeInitContainerActions', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'init').length > 0 ? true : { skip: 'the pod has no regular init container' };
  },
  check(trace, scenario) {
    const inits = new Set(namesOfRole(scenario, 'init'));
    const regular = new Set(namesOfRole(scenario, 'regular'));
    let firstRegular: { at: number; container: string } | undefined;
    let epoch = -Infinity;
    for (const e of trace.events) {
      if (e.type === 'SandboxCreated' && e.attempt > 0) {
        epoch = e.at;
        firstRegular = undefined;
      }
      if (e.type !== 'ContainerStarted') continue;
      if (sandboxEpochAt(trace, e.at) !== epoch) continue; // an event listed before its sandbox's creation
      if (regular.has(e.container) && !firstRegular) firstRegular = { at: e.at, container: e.container };
      if (inits.has(e.container) && firstRegular) {
        return violation({
          at: e.at,
          container: e.container,
          expected: `no regular init container starts after ${firstRegular.container} started at ${formatMs(firstRegular.at)} in the same sandbox`,
          observed: `${e.container} started`,
          message: `init container ${e.container} ran again after the pod had initialized`,
        });
      }
    }
    return PASS;
  },
};
