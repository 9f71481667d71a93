import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, traceOf } from '../../testing/trace-builder.js';
import { readyColumnMatchesContainersReady } from './ready-column-matches-containers-ready.js';

const spec = {
  initContainers: [{ name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always' as const }],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};

describe(readyColumnMatchesContainersReady.id, () => {
  it('passes: READY 1/2 with ContainersReady False, 2/2 with True', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), condition('Initialized', 'True', 0), container('proxy', { state: running(0), started: true, ready: true }), container('app', { state: running(0), started: true }),
        condition('ContainersReady', 'False', 0, { reason: 'ContainersNotReady' }))
      .at(5000, container('app', { ready: true }), condition('ContainersReady', 'True', 5000))
      .build();
    expect(readyColumnMatchesContainersReady.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when ContainersReady is True while the sidecar is not ready (READY 1/2)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), condition('Initialized', 'True', 0), container('proxy', { state: running(0), started: true, ready: false }), container('app', { state: running(0), started: true, ready: true }),
        condition('ContainersReady', 'True', 0))
      .build();
    expect(readyColumnMatchesContainersReady.check(trace, scenario)).toMatchObject({ ok: false, at: 0, observed: 'READY 1/2', expected: 'READY 2/2 while ContainersReady is True' });
  });
});
