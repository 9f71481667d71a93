import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { initializedReason } from './initialized-reason.js';

describe(initializedReason.id, () => {
  const spec = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
  const notInit = { reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init]' };

  it('passes: False while init runs, True once it exited 0, True while the app crash-loops', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init', { state: running(0) }), condition('Initialized', 'False', 0, notInit))
      .at(2000, container('init', { state: terminated(0, 0, 2000), ready: true }), condition('Initialized', 'True', 2000))
      .at(2000, phase('Running'), container('app', { state: running(2000) }))
      .at(9000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 2000, 9000) }))
      .build();
    expect(initializedReason.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for a pod without init containers: True from the first status', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app')).at(0, condition('Initialized', 'True', 0)).build();
    expect(initializedReason.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when Initialized is True while the init container still runs (the old doc’s wording)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init', { state: running(0) }), condition('Initialized', 'True', 0))
      .build();
    expect(initializedReason.check(trace, scenario)).toMatchObject({ ok: false, at: 0, container: 'init', observed: 'Initialized True' });
  });

  it('fails when Initialized is False without a reason', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init', { state: running(0) }), condition('Initialized', 'False', 0))
      .build();
    expect(initializedReason.check(trace, scenario)).toMatchObject({ ok: false, at: 0, observed: 'reason (none)' });
  });

  it('fails when Initialized is False while the app runs', () => {
    const { trace, scenario } = traceOf(spec)
      .at(2000, phase('Running'), container('init', { state: terminated(0, 0, 2000), ready: true }), container('app', { state: running(2000) }), condition('Initialized', 'False', 2000, notInit))
      .build();
    expect(initializedReason.check(trace, scenario)).toMatchObject({ ok: false, at: 2000, container: 'app' });
  });
});
