import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { graceOnlyShrinks } from './grace-only-shrinks.js';

// BeforeDelete: a shorter grace moves the timestamp back by the difference, clamped at the request's moment.
describe(graceOnlyShrinks.id, () => {
  it('passes for 30 s at 10 s, then 5 s at 12 s: the timestamp moves from 40 s back to 15 s (E16)', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    b.at(0);
    b.at(10_000, b.deleted(40_000, 30));
    b.at(11_000);
    b.at(12_000, b.deleted(15_000, 5));
    const { trace, scenario } = b.build();
    expect(graceOnlyShrinks.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes when a grace-0 delete after the grace ran out moves the timestamp to its own moment (seen on v1.34.10)', () => {
    // 3 s at 13 s → 16 s; the kubelet's final delete with 0 at 20 s: 16 − 3 + 0 = 13 s is in the past → 20 s, grace 0
    const b = traceOf(simpleSpec('Always', 'app'));
    b.at(13_000, b.deleted(16_000, 3));
    b.at(20_108, b.deleted(20_000, 0));
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
      observed: 'deletionGracePeriodSeconds 60',
    });
  });

  it('fails when the timestamp moves later with the same grace', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    b.at(10_000, b.deleted(40_000, 30));
    b.at(15_000, b.deleted(45_000, 30));
    const { trace, scenario } = b.build();
    expect(graceOnlyShrinks.check(trace, scenario)).toMatchObject({ ok: false, at: 15_000, observed: 'deletionTimestamp 45s with the same grace' });
  });

  it('fails when a shorter grace moves the timestamp past the moment it is seen', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    b.at(13_000, b.deleted(16_000, 3));
    b.at(20_000, b.deleted(25_000, 1));
    const { trace, scenario } = b.build();
    expect(graceOnlyShrinks.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 20_000,
      expected: "deletionGracePeriodSeconds ≤ 3 and deletionTimestamp ≤ 16s (as at 13s), or moved to the request's moment with a shorter grace",
      observed: 'deletionTimestamp 25s, after the moment it was seen',
    });
  });
});
