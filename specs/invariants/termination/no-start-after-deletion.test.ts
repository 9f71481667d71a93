import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { noStartAfterDeletion } from './no-start-after-deletion.js';

/** Crashes at 10 s; deleted at 11 s; `restartAt` (s) a new instance, if any. */
function deleted(restartAt: number | undefined) {
  const b = traceOf(simpleSpec('Always', 'app'))
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 10_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 11_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false });
  if (restartAt !== undefined) b.event({ at: restartAt * 1000, type: 'ContainerStarted', container: 'app', restartCount: 1 });
  return b.build();
}

describe(noStartAfterDeletion.id, () => {
  it('passes when the crashed container stays down once deletion is requested', () => {
    const { trace, scenario } = deleted(undefined);
    expect(noStartAfterDeletion.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when it is restarted 10 s after the deletion request (back-off expired)', () => {
    const { trace, scenario } = deleted(21);
    expect(noStartAfterDeletion.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 21_000,
      container: 'app',
      expected: 'no container started after the deletion request at 11s',
    });
  });

  describe('the sync in flight when the deletion comes (v1.34.10: it is not cancelled)', () => {
    // As a v1.34.10 kubelet showed: an image update's kill (preStop abandoned after the 5 s grace) was
    // under way when the pod was deleted at 5.5 s; the same sync then started the new instance at
    // 6.892 s, and the termination began at 7.592 s (kubelet.go SyncPod: context.WithoutCancel).
    const inFlight = () =>
      traceOf(simpleSpec('Always', 'app'))
        .event({ at: 1_009, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 1_561, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 5 })
        .event({ at: 1_606, type: 'HookStarted', container: 'app', hook: 'preStop' })
        .event({ at: 5_500, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 5, force: false })
        .event({ at: 6_564, type: 'HookFinished', container: 'app', hook: 'preStop', result: 'Abandoned' })
        .event({ at: 6_564, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
        .event({ at: 6_567, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
        .event({ at: 6_892, type: 'ContainerStarted', container: 'app', restartCount: 1 })
        .event({ at: 7_592, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 5 })
        .event({ at: 12_594, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
        .build();

    it('allows its start before the termination begins', () => {
      const { trace, scenario } = inFlight();
      expect(noStartAfterDeletion.check(trace, scenario)).toEqual({ ok: true });
    });

    it('still fails for a start once the termination has begun', () => {
      const b = traceOf(simpleSpec('Always', 'app'))
        .event({ at: 1_009, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 5_500, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 5, force: false })
        .event({ at: 5_500, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 5 })
        .event({ at: 5_600, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
        .event({ at: 6_892, type: 'ContainerStarted', container: 'app', restartCount: 1 });
      const { trace, scenario } = b.build();
      expect(noStartAfterDeletion.check(trace, scenario)).toMatchObject({ ok: false, at: 6_892, container: 'app' });
    });
  });
});
