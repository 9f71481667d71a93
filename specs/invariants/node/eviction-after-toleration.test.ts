import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { evictionAfterToleration } from './eviction-after-toleration.js';

const TAINT = 'node.kubernetes.io/unreachable:NoExecute';
const plain: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36' }] };

function tainted(spec: PodSpec, evictAt: number | undefined, removeTaintAt?: number) {
  const b = traceOf(spec).event({ at: 60_000, type: 'NodeTaintAdded', taint: TAINT });
  if (removeTaintAt !== undefined) b.event({ at: removeTaintAt, type: 'NodeTaintRemoved', taint: TAINT });
  if (evictAt !== undefined) b.event({ at: evictAt, type: 'DeletionRequested', by: 'taint-eviction', gracePeriodSeconds: 30, force: false });
  return b.until(600_000).build();
}

describe(evictionAfterToleration.id, () => {
  it('passes for the default 300 s: tainted at 60 s, evicted at 360 s (E18)', () => {
    const { trace, scenario } = tainted(plain, 360_000);
    expect(evictionAfterToleration.check(trace, scenario)).toEqual({ ok: true });
  });

  it('uses the first matching toleration in spec order (20 s, not the later 100 s)', () => {
    const spec: PodSpec = {
      ...plain,
      tolerations: [
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 20 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 100 },
      ],
    };
    const { trace, scenario } = tainted(spec, 80_000);
    expect(evictionAfterToleration.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for an eviction at 100 s with the default 300 s toleration', () => {
    const { trace, scenario } = tainted(plain, 100_000);
    expect(evictionAfterToleration.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 100_000,
      expected: `no eviction before 360s (${TAINT} at 60s + 300 s)`,
    });
  });

  it('fails when the pod is not evicted by 365 s', () => {
    const { trace, scenario } = tainted(plain, undefined);
    expect(evictionAfterToleration.check(trace, scenario)).toMatchObject({ ok: false, at: 365_000, observed: 'the pod was not evicted' });
  });

  it('fails when the eviction happens although the node came back at 100 s', () => {
    const { trace, scenario } = tainted(plain, 360_000, 100_000);
    expect(evictionAfterToleration.check(trace, scenario)).toMatchObject({ ok: false, at: 360_000, observed: 'evicted at 360s' });
  });

  it('never evicts a pod that tolerates the taint without tolerationSeconds', () => {
    const spec: PodSpec = { ...plain, tolerations: [{ operator: 'Exists' }] };
    expect(evictionAfterToleration.check(tainted(spec, undefined).trace, tainted(spec, undefined).scenario)).toEqual({ ok: true });
    expect(evictionAfterToleration.check(tainted(spec, 360_000).trace, tainted(spec, 360_000).scenario)).toMatchObject({ ok: false, at: 360_000 });
  });
});
