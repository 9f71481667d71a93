import { describe, expect, it } from 'vitest';
import { container, phase, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { initReadyMeansCompleted } from './init-ready-means-completed.js';

describe(initReadyMeansCompleted.id, () => {
  const spec = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
  it('passes: not ready while running, ready once it exited 0', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init', { state: running(0) }))
      .at(2000, container('init', { state: terminated(0, 0, 2000), ready: true }))
      .build();
    expect(initReadyMeansCompleted.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a running init container is ready', () => {
    const { trace, scenario } = traceOf(spec).at(0, phase('Pending'), container('init', { state: running(0), ready: true })).build();
    expect(initReadyMeansCompleted.check(trace, scenario)).toMatchObject({ ok: false, at: 0, container: 'init', observed: 'init ready true' });
  });
  it('fails when an init container that exited 0 is not ready', () => {
    const { trace, scenario } = traceOf(spec).at(2000, phase('Pending'), container('init', { state: terminated(0, 0, 2000), ready: false })).build();
    expect(initReadyMeansCompleted.check(trace, scenario)).toMatchObject({ ok: false, at: 2000, expected: 'init ready: it terminated with exit code 0' });
  });
});
