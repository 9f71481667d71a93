import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';
import { conditionOf } from '../trace-view.js';

/**
 * R6.6, §13.7: GeneratePodReadyCondition answers True only when ContainersReady is True and
 * every `spec.readinessGates[].conditionType` names a condition that exists and is True. The
 * node lifecycle controller only ever turns Ready False (R10.2). Readiness gates are written by
 * other controllers and a gate flipped to False is seen by the kubelet at its next sync; podlife
 * writes none, so a True Ready with an unmet gate is a violation here.
 */
export const readyImpliesContainersReady: Invariant = {
  id: 'conditions/ready-implies-containers-ready',
  title: 'Ready True only with ContainersReady True and every readiness gate True',
  citation: { rule: 'R6.6', source: 'pkg/kubelet/status/generate.go GeneratePodReadyCondition', url: SOURCES.statusGenerate },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    const gates = (scenario.pod.spec.readinessGates ?? []).map((g) => g.conditionType);
    for (const s of trace.snapshots) {
      if (conditionOf(s.status, 'Ready')?.status !== 'True') continue;
      const cr = conditionOf(s.status, 'ContainersReady');
      if (cr?.status !== 'True') {
        return violation({
          at: s.at,
          expected: 'ContainersReady True while Ready is True',
          observed: `ContainersReady ${cr?.status ?? 'absent'}`,
          message: 'the pod is Ready although its containers are not all ready',
        });
      }
      const unmet = gates.find((g) => conditionOf(s.status, g)?.status !== 'True');
      if (unmet !== undefined) {
        return violation({
          at: s.at,
          expected: `readiness gate ${unmet} True while Ready is True`,
          observed: `${unmet} ${conditionOf(s.status, unmet)?.status ?? 'absent'}`,
          message: `the pod is Ready although readiness gate ${unmet} is not True`,
        });
      }
    }
    return PASS;
  },
};
