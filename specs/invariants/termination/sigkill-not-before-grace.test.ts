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

  // The sync in flight at the request runs on (kubelet.go SyncPod, context.WithoutCancel) with the pod
  // object it began with: no deletion grace, so its own kills take the pod's grace (3 s here).
  function postStartKillAfterRequest(reason: 'PostStartHookFailed' | 'PodTermination') {
    return traceOf({ ...simpleSpec('Always', 'app'), terminationGracePeriodSeconds: 3 })
      .event({ at: 4_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 4_500, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 5, force: false })
      .event({ at: 5_000, type: 'ContainerKilling', container: 'app', reason, gracePeriodSeconds: 3 })
      .event({ at: 5_000, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
      .event({ at: 8_000, type: 'SignalSent', container: 'app', signal: 'SIGKILL' })
      .event({ at: 8_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
      .build();
  }

  it('passes for a failed postStart’s kill after the request, with the pod’s 3 s grace: SIGKILL at 8 s, before 4.5 s + 5 s', () => {
    const { trace, scenario } = postStartKillAfterRequest('PostStartHookFailed');
    expect(sigkillNotBeforeGrace.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for the same SIGKILL at 8 s when the kill was the termination’s (due no earlier than 9.5 s)', () => {
    const { trace, scenario } = postStartKillAfterRequest('PodTermination');
    expect(sigkillNotBeforeGrace.check(trace, scenario)).toMatchObject({ ok: false, at: 8_000, expected: 'no SIGKILL before 9500ms (deletion at 4500ms + its grace)' });
  });
});

