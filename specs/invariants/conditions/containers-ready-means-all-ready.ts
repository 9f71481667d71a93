import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { conditionOf, namesOfRole, statusOf } from '../trace-view.js';

/**
 * R6.5, R2.10, §13.7: GenerateContainersReadyCondition answers True only when every regular
 * container and every sidecar has a status with `ready`; regular init containers do not count.
 * The condition and the `ready` flags are written together — by generateAPIPodStatus, and by
 * SetContainerReadiness, which regenerates both — and the node lifecycle controller touches
 * neither (R10.2).
 */
export const containersReadyMeansAllReady: Invariant = {
  id: 'conditions/containers-ready-means-all-ready',
  title: 'ContainersReady True only when every regular container and sidecar is ready',
  citation: { rule: 'R6.5', source: 'pkg/kubelet/status/generate.go GenerateContainersReadyCondition', url: SOURCES.statusGenerate },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const counted = [...namesOfRole(scenario, 'sidecar'), ...namesOfRole(scenario, 'regular')];
    for (const s of trace.snapshots) {
      if (conditionOf(s.status, 'ContainersReady')?.status !== 'True') continue;
      const unready = counted.find((n) => !statusOf(s.status, n)?.ready);
      if (unready === undefined) continue;
      return violation({
        at: s.at,
        container: unready,
        expected: `${unready} ready while ContainersReady is True`,
        observed: statusOf(s.status, unready) ? `${unready} not ready` : `${unready} has no status`,
        message: `ContainersReady is True although ${unready} is not ready`,
      });
    }
    return PASS;
  },
};
