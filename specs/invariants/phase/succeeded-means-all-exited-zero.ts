import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { statusOf } from '../trace-view.js';

/**
 * R1.3 D4: getPhase answers Succeeded only when no container runs, none is unknown and every
 * stopped regular container is a `terminated` one with exit code 0 (`stopped == succeeded`; a
 * container Waiting after an exit counts as stopped, never as succeeded). The phase and the
 * statuses are written together, so the first Succeeded snapshot shows every regular
 * container terminated with exit 0. Sidecars are not counted (R1.3d).
 */
export const succeededMeansAllExitedZero: Invariant = {
  id: 'phase/succeeded-means-all-exited-zero',
  title: 'When the pod becomes Succeeded every regular container is terminated with exit code 0',
  citation: { rule: 'R1.3', source: 'pkg/kubelet/kubelet_pods.go getPhase (stopped == succeeded)', url: SOURCES.kubeletPods },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const s = trace.snapshots.find((x) => x.status.phase === 'Succeeded');
    if (!s) return PASS;
    for (const c of scenario.pod.spec.containers) {
      const st = statusOf(s.status, c.name);
      const t = st?.state.terminated;
      if (t && t.exitCode === 0) continue;
      return violation({
        at: s.at,
        container: c.name,
        expected: `${c.name} terminated with exit code 0`,
        observed: !st ? 'no status' : t ? `terminated with exit code ${t.exitCode}` : st.state.running ? 'running' : `waiting (${st.state.waiting?.reason ?? ''})`,
        message: `the pod became Succeeded although ${c.name} had not exited 0`,
      });
    }
    return PASS;
  },
};
