import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { restartCountMonotonic } from './restart-count-monotonic.js';

describe(restartCountMonotonic.id, () => {
  it('passes for 0, 1, 1, 2 across restarts and back-off', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(0, container('app', { state: running(0) }))
      .at(1_000, container('app', { state: running(1_000), lastState: terminated(1, 0, 1_000), restartCount: 1 }))
      .at(2_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 1_000, 2_000) }))
      .at(12_000, container('app', { state: running(12_000), restartCount: 2 }))
      .build();
    expect(restartCountMonotonic.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when a regular container’s count drops from 2 to 0', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(0, container('app', { state: running(0), restartCount: 2 }))
      .at(5_000, container('app', { state: running(5_000), restartCount: 0 }))
      .build();
    expect(restartCountMonotonic.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 5_000,
      container: 'app',
      expected: 'restartCount at least 2 (shown at 0s)',
      observed: 'restartCount 0',
    });
  });

  it('lets an init container start over after a new sandbox purged its records (R2.5)', () => {
    const spec: PodSpec = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
    const { trace, scenario } = traceOf(spec)
      .at(0, container('init', { state: terminated(0, 0, 2_000), restartCount: 3 }))
      .event({ at: 30_000, type: 'SandboxCreated', attempt: 1 })
      .at(30_000, container('init', { state: running(30_000), restartCount: 0 }))
      .build();
    expect(restartCountMonotonic.check(trace, scenario)).toEqual({ ok: true });
  });
});
