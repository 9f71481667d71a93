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
      expected: 'no container started after the deletion request at 11s, except by the sync then in flight',
      observed: 'app started at 21s (restartCount 1) and never stopped by a termination',
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

  describe('a start by the sync in flight when the termination kills nothing (the instance exits on its own)', () => {
    // grace 0 → the image update's kill stops with the 2 s minimum (SIGKILL at 2.5 s); the force delete at
    // 1 s arrives meanwhile; the same sync starts the new instance at 2.5 s, which exits at once, so the
    // termination finds nothing running and kills nothing.
    const build = (extraStart?: number) => {
      const b = traceOf({ ...simpleSpec('Always', 'app'), terminationGracePeriodSeconds: 0 })
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 500, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 0 })
        .event({ at: 1_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true })
        .event({ at: 2_500, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
        .event({ at: 2_500, type: 'ContainerStarted', container: 'app', restartCount: 1 })
        .event({ at: 2_500, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' });
      if (extraStart !== undefined) {
        b.event({ at: extraStart, type: 'ContainerStarted', container: 'app', restartCount: 2 })
          .event({ at: extraStart, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' });
      }
      return b.until(60_000).build();
    };

    it('passes: one start, within the longest sync (grace 0: 2 s + 2 × (0 + 2) s = 6 s), that ran to its end', () => {
      const { trace, scenario } = build();
      expect(noStartAfterDeletion.check(trace, scenario)).toEqual({ ok: true });
    });

    it('fails for a second start of the container: a sync starts each container once', () => {
      const { trace, scenario } = build(4_000);
      expect(noStartAfterDeletion.check(trace, scenario)).toMatchObject({
        ok: false,
        at: 4_000,
        observed: 'app started at 4s (restartCount 2) a second time since the request (a sync in flight starts each container once)',
      });
    });

    it('fails for a first start later than the longest sync could run (1 s + 6 s + 1 s = 8 s)', () => {
      const { trace, scenario } = traceOf({ ...simpleSpec('Always', 'app'), terminationGracePeriodSeconds: 0 })
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 500, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
        .event({ at: 1_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true })
        .event({ at: 9_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
        .event({ at: 9_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
        .until(60_000)
        .build();
      expect(noStartAfterDeletion.check(trace, scenario)).toMatchObject({ ok: false, at: 9_000, observed: 'app started at 9s (restartCount 1) after 8s, later than the sync in flight could have run' });
    });
  });
});
