import { describe, expect, it } from 'vitest';
import { condition, phase, set, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { podScheduledTrue } from './pod-scheduled-true.js';

describe(podScheduledTrue.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes: True from the binding on', () => {
    const { trace, scenario } = traceOf(spec).at(0, set({ startTime: null })).at(100, set({ startTime: 100 })).at(5000, phase('Running')).build();
    expect(podScheduledTrue.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when PodScheduled turns False', () => {
    const { trace, scenario } = traceOf(spec).at(0, phase('Pending')).at(5000, condition('PodScheduled', 'False', 5000, { reason: 'Unschedulable' })).build();
    expect(podScheduledTrue.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, observed: 'PodScheduled False' });
  });
});
