import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { namesOfRole, statusOf } from '../trace-view.js';

/**
 * R3.5, §13.8: for regular containers and sidecars the prober manager sets
 * `started = running ∧ (startup Success or no startup probe)` and `ready = started ∧ running ∧
 * (readiness Success or no readiness probe)` (UpdatePodStatus). A `should`: SetContainerReadiness
 * and SetContainerStartup flip the flag on the cached status by container ID without looking at
 * the state, so a probe result that lands just after the container exited can reach the API
 * next to a terminated state until the sync it triggers rewrites it.
 */
export const readyImpliesStartedRunning: Invariant = {
  id: 'conditions/ready-implies-started-running',
  title: 'A ready container is started, and a started container is running',
  citation: { rule: 'R3.5', source: 'pkg/kubelet/prober/prober_manager.go UpdatePodStatus; status_manager.go SetContainerReadiness', url: SOURCES.proberManager },
  level: 'should',
  kind: 'safety',
  check(trace, scenario) {
    const names = [...namesOfRole(scenario, 'sidecar'), ...namesOfRole(scenario, 'regular')];
    for (const s of trace.snapshots) {
      for (const n of names) {
        const st = statusOf(s.status, n);
        if (!st) continue;
        const bad = st.ready && !st.started ? 'ready but not started' : (st.ready || st.started) && !st.state.running ? `${st.ready ? 'ready' : 'started'} but not running` : undefined;
        if (!bad) continue;
        return violation({
          at: s.at,
          container: n,
          expected: `${n}: ready ⇒ started ⇒ running`,
          observed: `${n} ${bad}`,
          message: `${n} is ${bad}`,
        });
      }
    }
    return PASS;
  },
};
