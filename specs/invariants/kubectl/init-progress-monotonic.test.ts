import { describe, expect, it } from 'vitest';
import { container, phase, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { initProgressMonotonic } from './init-progress-monotonic.js';

const spec = {
  initContainers: [{ name: 'init1', image: 'busybox:1.36' }, { name: 'init2', image: 'busybox:1.36' }],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};

describe(initProgressMonotonic.id, () => {
  it('passes for Init:0/2 → Init:1/2, and Init:0/2 again in a re-created sandbox (E21)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init1', { state: running(0) }))
      .at(2000, container('init1', { state: terminated(0, 0, 2000), ready: true }), container('init2', { state: running(2000) }))
      .at(4000, phase('Running'), container('init2', { state: terminated(0, 2000, 4000), ready: true }), container('app', { state: running(4000) }))
      .at(30_000, phase('Pending'), container('init1', { state: running(30_000), ready: false, restartCount: 1 }), container('app', { state: terminated(255, 4000, 30_000, 'Unknown') }))
      .at(31_000, container('init1', { state: running(30_000), ready: false, restartCount: 1 }))
      .event({ at: 30_000, type: 'SandboxCreated', attempt: 1 })
      .build();
    expect(initProgressMonotonic.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when init1 shows as pending again in the same sandbox (a completed init container re-run)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init1', { state: running(0) }))
      .at(2000, container('init1', { state: terminated(0, 0, 2000), ready: true }), container('init2', { state: running(2000) }))
      .at(3000, container('init1', { state: running(3000), ready: false, restartCount: 1 }))
      .build();
    expect(initProgressMonotonic.check(trace, scenario)).toMatchObject({ ok: false, at: 3000, observed: 'Init:0/2', expected: 'Init:1/2 or later (shown at 2s in this sandbox)' });
  });
});
