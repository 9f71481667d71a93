import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { transitionTimeOnStatusChange } from './transition-time-on-status-change.js';

describe(transitionTimeOnStatusChange.id, () => {
  const spec = simpleSpec('Always', 'a', 'b');
  it('passes for E19: the message changes, the time stays; the status changes, the time moves', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('a', { state: running(0) }), container('b', { state: running(0) }),
        condition('ContainersReady', 'False', 0, { reason: 'ContainersNotReady', message: 'containers with unready status: [a b]' }))
      .at(10_000, container('a', { ready: true }), condition('ContainersReady', 'False', 0, { reason: 'ContainersNotReady', message: 'containers with unready status: [b]' }))
      .at(20_000, container('b', { ready: true }), condition('ContainersReady', 'True', 20_000))
      .build();
    expect(transitionTimeOnStatusChange.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails for E19 the wrong way: lastTransitionTime bumped on a message change', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, condition('ContainersReady', 'False', 0, { reason: 'ContainersNotReady', message: 'containers with unready status: [a b]' }))
      .at(10_000, condition('ContainersReady', 'False', 10_000, { reason: 'ContainersNotReady', message: 'containers with unready status: [b]' }))
      .build();
    expect(transitionTimeOnStatusChange.check(trace, scenario)).toMatchObject({ ok: false, at: 10_000, observed: 'lastTransitionTime 10s (reason or message changed)' });
  });
  it('fails when the status changes but lastTransitionTime does not', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, condition('Ready', 'False', 0))
      .at(20_000, condition('Ready', 'True', 0))
      .build();
    expect(transitionTimeOnStatusChange.check(trace, scenario)).toMatchObject({ ok: false, at: 20_000, expected: 'Ready lastTransitionTime after 0s when its status changes False → True' });
  });
  it('accepts an unchanged time for a flip within the same second (whole-second timestamps)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, condition('Ready', 'False', 0))
      .at(300, condition('Ready', 'True', 0))
      .build();
    expect(transitionTimeOnStatusChange.check(trace, scenario)).toEqual({ ok: true });
  });
});
