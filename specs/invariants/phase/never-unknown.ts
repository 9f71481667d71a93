import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';

/**
 * R1.1: `Unknown` is deprecated and "isn't being set since 2015" (the PodUnknown comment in
 * core/v1 types.go). Neither the kubelet nor the node lifecycle controller writes it; an
 * unreachable node only turns the Ready condition False (R10.2).
 */
export const neverUnknown: Invariant = {
  id: 'phase/never-unknown',
  title: 'The phase is never Unknown',
  citation: { rule: 'R1.1', source: 'staging/src/k8s.io/api/core/v1/types.go PodUnknown (deprecated)', url: SOURCES.apiTypes },
  level: 'must',
  kind: 'safety',
  check(trace) {
    const s = trace.snapshots.find((x) => x.status.phase === 'Unknown');
    if (!s) return PASS;
    return violation({
      at: s.at,
      expected: 'phase Pending, Running, Succeeded or Failed',
      observed: 'phase Unknown',
      message: 'the pod showed the deprecated phase Unknown, which no component sets',
    });
  },
};
