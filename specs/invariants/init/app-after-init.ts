import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, formatMs, instancesOf, namesOfRole, sandboxEpochAt } from '../trace-view.js';

/**
 * R2.1: app containers are not created until every init container is initialized —
 * computePodActions returns before it looks at `spec.containers` while computeInitContainerActions
 * says the pod is not initialized, and a regular init container is initialized only once it
 * exited 0. The sandbox matters: a re-created sandbox purges init records (R2.5), so its regular
 * containers wait for init containers that exited 0 in that sandbox. (An exit recorded up to
 * CLOCK_SLACK after the start is taken to precede it: real-cluster times are that coarse.)
 */
export const appAfterInit: Invariant = {
  id: 'init/app-after-init',
  title: 'No regular container starts before every regular init container exited 0 in the current sandbox',
  citation: { rule: 'R2.1', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions; kuberuntime_container.go computeInitContainerActions', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'init').length > 0 ? true : { skip: 'the pod has no regular init container' };
  },
  check(trace, scenario) {
    const inits = namesOfRole(scenario, 'init').map((name) => ({ name, instances: instancesOf(trace, name) }));
    for (const e of trace.events) {
      if (e.type !== 'ContainerStarted' || !scenario.pod.spec.containers.some((c) => c.name === e.container)) continue;
      const epoch = sandboxEpochAt(trace, e.at);
      const pending = inits.find(({ instances }) => !instances.some((i) => i.startedAt >= epoch && i.exit?.exitCode === 0 && i.exit.at <= e.at + CLOCK_SLACK));
      if (!pending) continue;
      return violation({
        at: e.at,
        container: e.container,
        expected: `${e.container} starts after init container ${pending.name} exited 0${Number.isFinite(epoch) ? ` in the sandbox created at ${formatMs(epoch)}` : ''}`,
        observed: `${pending.name} had not completed`,
        message: `container ${e.container} started before init container ${pending.name} had completed`,
      });
    }
    return PASS;
  },
};
