import { describe, expect, it } from 'vitest';
import { phase, set, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { startTimeFixed } from './start-time-fixed.js';

describe(startTimeFixed.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes: unset at creation, set by the kubelet, unchanged after a kubelet restart', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, set({ startTime: null }))
      .at(100, phase('Pending'), set({ startTime: 0 }))
      .at(60_000, phase('Running'))
      .build();
    expect(startTimeFixed.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a restarted kubelet sets a new startTime', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, set({ startTime: 0 }))
      .at(60_000, set({ startTime: 60_000 }))
      .build();
    expect(startTimeFixed.check(trace, scenario)).toMatchObject({ ok: false, at: 60_000, observed: 'startTime 60s' });
  });
});
