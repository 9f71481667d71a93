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
});
