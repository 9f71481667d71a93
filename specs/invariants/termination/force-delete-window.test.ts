import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { forceDeleteWindow } from './force-delete-window.js';

const spec = { ...simpleSpec('Always', 'app'), terminationGracePeriodSeconds: 60 };

/** Force-deleted at 10 s; ignores SIGTERM; removed at `removed`, SIGKILLed at `killed`. */
function forced(removed: number | undefined, killed: number) {
  const b = traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true });
  if (removed !== undefined) b.event({ at: removed, type: 'PodRemoved' });
  return b
    .event({ at: 10_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 1 })
    .event({ at: 10_000, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
    .event({ at: killed, type: 'SignalSent', container: 'app', signal: 'SIGKILL' })
    .event({ at: killed, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
    .until(120_000)
    .build();
}

describe(forceDeleteWindow.id, () => {
  it('passes: removed at once, SIGTERM at 10 s, SIGKILL at 12 s', () => {
    const { trace, scenario } = forced(10_000, 12_000);
    expect(forceDeleteWindow.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the node still waits out the pod’s 60 s grace (SIGKILL at 70 s; due by 19 s)', () => {
    const { trace, scenario } = forced(10_000, 70_000);
    expect(forceDeleteWindow.check(trace, scenario)).toMatchObject({ ok: false, at: 70_000, container: 'app', observed: 'exited at 70s' });
  });

  it('fails when the API keeps the object', () => {
    const { trace, scenario } = forced(undefined, 12_000);
    expect(forceDeleteWindow.check(trace, scenario)).toMatchObject({ ok: false, at: 13_000, observed: 'never removed' });
  });

  // The sync in flight at the request finishes first (kubelet.go SyncPod, context.WithoutCancel).
  // A v1.34.10 kubelet, force-deleted at 10 s during the 20 s preStop of an image update's kill
  // (grace 60 here): the hook ran to 25.1 s, the new instance started at 25.26 s, the
  // termination killed it at 25.7 s with grace 1 s, and it exited at 26.73 s.
  function inFlightSync(secondExit: number | undefined, horizon = 120_000) {
    const b = traceOf(spec)
      .event({ at: 1_188, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 5_049, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 60 })
      .event({ at: 10_004, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true })
      .event({ at: 10_027, type: 'PodRemoved' })
      .event({ at: 25_122, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
      .event({ at: 25_124, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 25_263, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 25_701, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 1 })
      .event({ at: 26_724, type: 'SignalSent', container: 'app', signal: 'SIGTERM' });
    if (secondExit !== undefined) b.event({ at: secondExit, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' });
    return b.until(horizon).build();
  }

  it('passes the real kubelet’s timeline: the window runs from the termination’s kill at 25.7 s (due by 32.701 s), not from the request', () => {
    const { trace, scenario } = inFlightSync(26_728);
    expect(forceDeleteWindow.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the instance the in-flight sync started outlives the termination’s short window (exit at 40 s, due by 32.701 s)', () => {
    const { trace, scenario } = inFlightSync(40_000);
    expect(forceDeleteWindow.check(trace, scenario)).toMatchObject({ ok: false, at: 40_000, container: 'app', observed: 'exited at 40s' });
  });

  it('leaves a termination already in flight to its own grace: force delete at 10 s during a 30 s-grace termination’s preStop, exit at 25.1 s', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 1_152, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 5_004, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false })
      .event({ at: 5_048, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 30 })
      .event({ at: 10_006, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true })
      .event({ at: 10_025, type: 'PodRemoved' })
      .event({ at: 25_125, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
      .event({ at: 25_128, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .until(120_000)
      .build();
    expect(forceDeleteWindow.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when no termination ever begins: grace 60 s, so the longest sync is 2 s + 2 × (60 + 2) s, and the container must be gone by 10 + 126 + 3 = 139 s', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true })
      .event({ at: 10_000, type: 'PodRemoved' })
      .until(200_000)
      .build();
    expect(forceDeleteWindow.check(trace, scenario)).toMatchObject({ ok: false, at: 139_000, container: 'app', observed: 'still running, never signalled' });
    const short = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true })
      .event({ at: 10_000, type: 'PodRemoved' })
      .until(138_000)
      .build();
    expect(forceDeleteWindow.check(short.trace, short.scenario)).toEqual({ ok: true });
  });
});

