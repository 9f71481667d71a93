import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, terminated, traceOf } from '../../testing/trace-builder.js';
import { alwaysNeverSucceedsUnterminated } from './always-never-succeeds-unterminated.js';

describe(alwaysNeverSucceedsUnterminated.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes for E3: every exit is 0 and the pod stays Running', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, container('app', { state: terminated(0, 0, 5000) }))
      .at(5000, container('app', { state: running(5000), lastState: terminated(0, 0, 5000), restartCount: 1 }))
      .build();
    expect(alwaysNeverSucceedsUnterminated.check(trace, scenario)).toEqual({ ok: true });
  });
  it('passes for E4: deleted, the app exits 0 on SIGTERM, Succeeded', () => {
    const b = traceOf(spec);
    const { trace, scenario } = b
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(10_000, b.deleted(40_000, 30))
      .at(10_000, phase('Succeeded'), container('app', { state: terminated(0, 0, 10_000) }))
      .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false })
      .build();
    expect(alwaysNeverSucceedsUnterminated.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when an Always pod whose container exited 0 becomes Succeeded', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, phase('Succeeded'), container('app', { state: terminated(0, 0, 5000) }))
      .build();
    expect(alwaysNeverSucceedsUnterminated.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, observed: 'phase Succeeded' });
  });
  it('does not apply to OnFailure pods', () => {
    const { trace, scenario } = traceOf(simpleSpec('OnFailure', 'app')).build();
    expect(alwaysNeverSucceedsUnterminated.appliesTo!(scenario, trace)).toEqual({ skip: 'restartPolicy is OnFailure, not Always' });
  });
});
