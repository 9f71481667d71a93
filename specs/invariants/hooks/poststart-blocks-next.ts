import { PASS, violation, type Invariant } from '../../invariant.js';
import { podContainers } from '../../model/container-role.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, containerNames, formatMs } from '../trace-view.js';
import { postStartRuns } from './poststart-window.js';

/**
 * R7.1, E15: startContainer runs the postStart hook synchronously, inside the pod worker's
 * sync, and SyncPod starts containers one after the other in spec order — so while a
 * container's postStart runs no other container of the pod is started. Asserted for
 * starts recorded after the hook began and more than 1 s before it ended; a start in the
 * first second counts only for a container later in spec order (one earlier in the order
 * may have been started just before and recorded late).
 */
export const poststartBlocksNext: Invariant = {
  id: 'hooks/poststart-blocks-next',
  title: 'While a postStart hook runs, no other container of the pod is started',
  citation: { rule: 'R7.1', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer; kuberuntime_manager.go SyncPod', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return podContainers(scenario.pod).some((c) => c.spec.lifecycle?.postStart) ? true : { skip: 'no container has a postStart hook' };
  },
  check(trace, scenario) {
    const order = containerNames(scenario);
    for (const name of order) {
      for (const run of postStartRuns(trace, name)) {
        const t1 = run.started.event.at;
        for (let index = run.started.index + 1; index < trace.events.length; index++) {
          const e = trace.events[index]!;
          if (run.finished && index >= run.finished.index) break;
          if (e.at >= run.end - CLOCK_SLACK) break;
          if (e.type !== 'ContainerStarted' || e.container === name) continue;
          const later = order.indexOf(e.container) > order.indexOf(name);
          if (e.at <= t1 + CLOCK_SLACK && !later) continue;
          return violation({
            at: e.at,
            container: e.container,
            expected: `no container started while ${name}'s postStart runs (${formatMs(t1)}–${run.finished ? formatMs(run.end) : 'its end'})`,
            observed: `${e.container} started at ${formatMs(e.at)}`,
            message: `${e.container} was started while ${name}'s postStart hook still held the pod`,
          });
        }
      }
    }
    return PASS;
  },
};
