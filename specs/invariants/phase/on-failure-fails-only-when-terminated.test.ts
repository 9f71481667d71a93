import { describe, expect, it } from 'vitest';
import { container, phase, running, set, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { onFailureFailsOnlyWhenTerminated } from './on-failure-fails-only-when-terminated.js';

describe(onFailureFailsOnlyWhenTerminated.id, () => {
  const spec = simpleSpec('OnFailure', 'app');
  it('passes for E12: the only container fails and backs off, the pod stays Running', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, container('app', { state: terminated(1, 0, 5000) }))
      .at(5000, container('app', { state: running(5000), lastState: terminated(1, 0, 5000), restartCount: 1 }))
      .at(10_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 5000, 10_000) }))
      .build();
    expect(onFailureFailsOnlyWhenTerminated.check(trace, scenario)).toEqual({ ok: true });
  });
  it('passes when the active deadline fails it (DeadlineExceeded)', () => {
    const { trace, scenario } = traceOf({ ...spec, activeDeadlineSeconds: 30 })
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(30_000, phase('Failed'), set({ reason: 'DeadlineExceeded' }), container('app', { state: terminated(137, 0, 30_000) }))
      .build();
    expect(onFailureFailsOnlyWhenTerminated.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a failing OnFailure container makes the pod Failed (KWOK chaos style)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, phase('Failed'), container('app', { state: terminated(1, 0, 5000) }))
      .build();
    expect(onFailureFailsOnlyWhenTerminated.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, observed: 'phase Failed, no deletion, no pod reason' });
  });
});
