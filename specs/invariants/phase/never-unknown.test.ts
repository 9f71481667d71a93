import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { neverUnknown } from './never-unknown.js';

describe(neverUnknown.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes when the node is lost but the phase stays Running (R10.2)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(60_000, phase('Running'))
      .build();
    expect(neverUnknown.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when the phase becomes Unknown, as old node controllers did', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(60_000, phase('Unknown'))
      .build();
    expect(neverUnknown.check(trace, scenario)).toMatchObject({ ok: false, at: 60_000, observed: 'phase Unknown' });
  });
});
