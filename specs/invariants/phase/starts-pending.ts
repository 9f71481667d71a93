import { PASS, violation, type Invariant } from '../../invariant.js';
import { SOURCES } from '../citations.js';

/**
 * R1.2: a pod is created Pending — kube-apiserver's pod strategy (PrepareForCreate) resets the
 * status to `{phase: Pending}` whatever the client sent — and Pending covers scheduling and
 * image pulls. The first phase observed is therefore Pending.
 */
export const startsPending: Invariant = {
  id: 'phase/starts-pending',
  title: 'A pod is first seen Pending',
  citation: { rule: 'R1.2', source: 'pkg/registry/core/pod/strategy.go PrepareForCreate; pod-lifecycle.md "Pod phase"', url: SOURCES.podLifecycleDoc },
  level: 'must',
  kind: 'safety',
  appliesTo(_scenario, trace) {
    return trace.snapshots.length > 0 ? true : { skip: 'the trace has no snapshot of the pod' };
  },
  check(trace) {
    const first = trace.snapshots[0];
    if (!first || first.status.phase === 'Pending') return PASS;
    return violation({
      at: first.at,
      expected: 'phase Pending at creation',
      observed: `phase ${first.status.phase}`,
      message: `the pod was first seen ${first.status.phase}, not Pending`,
    });
  },
};
