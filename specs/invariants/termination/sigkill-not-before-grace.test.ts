import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { sigkillNotBeforeGrace } from './sigkill-not-before-grace.js';

/** Deleted at 10 s with grace 10; ignores SIGTERM; SIGKILL at `sigkill`. */
function deleted(sigkill: number, secondDelete?: { at: number; grace: number }) {
  const b = traceOf(simpleSpec('Always', 'app'))
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 10, force: false })
    .event({ at: 10_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 10 })
    .event({ at: 10_000, type: 'SignalSent', container: 'app', signal: 'SIGTERM' });
  if (secondDelete) b.event({ at: secondDelete.at, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: secondDelete.grace, force: false });
  return b
    .event({ at: sigkill, type: 'SignalSent', container: 'app', signal: 'SIGKILL' })
    .event({ at: sigkill, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
    .build();
}

describe(sigkillNotBeforeGrace.id, () => {
  it('passes for SIGKILL at 20 s (10 s + grace 10)', () => {
    const { trace, scenario } = deleted(20_000);
    expect(sigkillNotBeforeGrace.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for SIGKILL at 14 s after a second delete at 12 s with grace 2 (the grace only shrinks)', () => {
    const { trace, scenario } = deleted(14_000, { at: 12_000, grace: 2 });
    expect(sigkillNotBeforeGrace.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for SIGKILL at 12 s, 8 s before the grace runs out', () => {
    const { trace, scenario } = deleted(12_000);
    expect(sigkillNotBeforeGrace.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 12_000,
      container: 'app',
      expected: 'no SIGKILL before 20s (deletion at 10s + its grace)',
    });
  });
});
