import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { graceOnlyShrinks } from './grace-only-shrinks.js';

describe(graceOnlyShrinks.id, () => {
  it('passes for 30 s at 10 s, then 5 s at 20 s: the timestamp moves from 40 s back to 15 s (E16)', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    b.at(0);
    b.at(10_000, b.deleted(40_000, 30));
    b.at(15_000);
    b.at(20_000, b.deleted(15_000, 5));
    const { trace, scenario } = b.build();
    expect(graceOnlyShrinks.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when a second delete with 60 s moves the timestamp later', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    b.at(10_000, b.deleted(40_000, 30));
    b.at(15_000, b.deleted(75_000, 60));
    const { trace, scenario } = b.build();
    expect(graceOnlyShrinks.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 15_000,
      expected: 'deletionTimestamp ≤ 40s and deletionGracePeriodSeconds ≤ 30 (as at 10s)',
      observed: 'deletionTimestamp 75s',
    });
  });
});
