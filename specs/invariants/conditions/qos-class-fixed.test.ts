import { describe, expect, it } from 'vitest';
import { phase, set, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { qosClassFixed } from './qos-class-fixed.js';

describe(qosClassFixed.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes when qosClass stays Burstable', () => {
    const { trace, scenario } = traceOf(spec).at(0, set({ qosClass: 'Burstable' })).at(5000, phase('Running')).build();
    expect(qosClassFixed.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when qosClass changes after a resize', () => {
    const { trace, scenario } = traceOf(spec).at(0, set({ qosClass: 'Burstable' })).at(5000, set({ qosClass: 'Guaranteed' })).build();
    expect(qosClassFixed.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, observed: 'qosClass Guaranteed' });
  });
});
