import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, traceOf } from '../../testing/trace-builder.js';
import { containersReadyMeansAllReady } from './containers-ready-means-all-ready.js';

describe(containersReadyMeansAllReady.id, () => {
  const spec = {
    initContainers: [{ name: 'init', image: 'busybox:1.36' }, { name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always' as const }],
    containers: [{ name: 'app', image: 'busybox:1.36' }],
  };
  it('passes when the app and the sidecar are ready (the completed init container does not count)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('proxy', { state: running(0), started: true, ready: true }), container('app', { state: running(1000), started: true, ready: true }),
        condition('ContainersReady', 'True', 1000))
      .build();
    expect(containersReadyMeansAllReady.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when the sidecar is not ready (R2.10: sidecars count)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('proxy', { state: running(0), started: true, ready: false }), container('app', { state: running(1000), started: true, ready: true }),
        condition('ContainersReady', 'True', 1000))
      .build();
    expect(containersReadyMeansAllReady.check(trace, scenario)).toMatchObject({ ok: false, at: 0, container: 'proxy', observed: 'proxy not ready' });
  });
});
