import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { namesOfRole, statusOf } from '../trace-view.js';

/**
 * R2.2, R3.5: a regular init container is `ready` exactly when its state is terminated with exit
 * code 0 — the prober manager's UpdatePodStatus sets it so in every status generateAPIPodStatus
 * writes, and nothing else changes it (regular init containers have no probes; TerminatePod
 * leaves `ready` alone when it marks a container ContainerStatusUnknown).
 */
export const initReadyMeansCompleted: Invariant = {
  id: 'conditions/init-ready-means-completed',
  title: 'A regular init container is ready exactly when it terminated with exit code 0',
  citation: { rule: 'R2.2', source: 'pkg/kubelet/prober/prober_manager.go UpdatePodStatus (init containers)', url: SOURCES.proberManager },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'init').length > 0 ? true : { skip: 'the pod has no regular init container' };
  },
  check(trace, scenario) {
    for (const s of trace.snapshots) {
      for (const n of namesOfRole(scenario, 'init')) {
        const st = statusOf(s.status, n);
        if (!st) continue;
        const completed = st.state.terminated?.exitCode === 0;
        if (st.ready === completed) continue;
        return violation({
          at: s.at,
          container: n,
          expected: completed ? `${n} ready: it terminated with exit code 0` : `${n} not ready: it has not terminated with exit code 0`,
          observed: `${n} ready ${st.ready}`,
          message: `init container ${n}'s ready flag disagrees with its state`,
        });
      }
    }
    return PASS;
  },
};
