import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { startsPending } from './starts-pending.js';

describe(startsPending.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes for Pending, then Running', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'))
      .at(1000, phase('Running'), container('app', { state: running(1000) }))
      .build();
    expect(startsPending.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when the first snapshot is already Running', () => {
    const { trace, scenario } = traceOf(spec)
      .at(500, phase('Running'), container('app', { state: running(0) }))
      .build();
    expect(startsPending.check(trace, scenario)).toMatchObject({ ok: false, at: 500, observed: 'phase Running' });
  });
  it('is skipped without snapshots', () => {
    const { trace, scenario } = traceOf(spec).build();
    expect(startsPending.appliesTo!(scenario, trace)).toEqual({ skip: 'the trace has no snapshot of the pod' });
  });
});
