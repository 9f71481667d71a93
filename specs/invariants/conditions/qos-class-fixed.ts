import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';

/**
 * R8.2, §13.10: `status.qosClass` is computed when the pod is created and read back afterwards
 * (GetPodQOS); an update that would change it is rejected ("Pod QoS is immutable"), and the
 * kubelet copies the stored value into every status it writes.
 */
export const qosClassFixed: Invariant = {
  id: 'conditions/qos-class-fixed',
  title: 'status.qosClass never changes',
  citation: { rule: 'R8.2', source: 'pkg/apis/core/v1/helper/qos/qos.go GetPodQOS; validation.go ValidatePodUpdate', url: SOURCES.qos },
  level: 'must',
  kind: 'safety',
  check(trace) {
    const first = trace.snapshots[0];
    const changed = trace.snapshots.find((s) => s.status.qosClass !== first?.status.qosClass);
    if (!first || !changed) return PASS;
    return violation({
      at: changed.at,
      expected: `qosClass ${first.status.qosClass} (as created)`,
      observed: `qosClass ${changed.status.qosClass}`,
      message: 'status.qosClass changed',
    });
  },
};
