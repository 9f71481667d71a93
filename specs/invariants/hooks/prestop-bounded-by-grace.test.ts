import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { prestopBoundedByGrace } from './prestop-bounded-by-grace.js';

const spec: PodSpec = {
  terminationGracePeriodSeconds: 10,
  containers: [{ name: 'app', image: 'busybox:1.36', lifecycle: { preStop: { exec: { command: ['slow-drain'] } } } }],
};

/** Deleted at 5 s (grace 10); the preStop would take 60 s. */
function deleted(abandonAt: number) {
  return traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 5_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 10, force: false })
    .event({ at: 5_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 10 })
    .event({ at: 5_000, type: 'HookStarted', container: 'app', hook: 'preStop' })
    .event({ at: abandonAt, type: 'HookFinished', container: 'app', hook: 'preStop', result: abandonAt < 65_000 ? 'Abandoned' : 'Success' })
    .event({ at: abandonAt, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
    .event({ at: abandonAt + 2_000, type: 'SignalSent', container: 'app', signal: 'SIGKILL' })
    .event({ at: abandonAt + 2_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
    .until(120_000)
    .build();
}

describe(prestopBoundedByGrace.id, () => {
  it('passes when the preStop is abandoned at 15 s and SIGTERM follows (E14)', () => {
    const { trace, scenario } = deleted(15_000);
    expect(prestopBoundedByGrace.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the kubelet waits for the whole 60 s preStop (due by 5 + 10 + 2 = 17 s)', () => {
    const { trace, scenario } = deleted(65_000);
    expect(prestopBoundedByGrace.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 65_000,
      container: 'app',
      expected: 'SIGTERM by 17s (kill at 5s with grace 10 s)',
      observed: 'SIGTERM at 65s',
    });
  });
});

describe(`${prestopBoundedByGrace.id} with a later kill`, () => {
  it('checks a kill superseded by the pod’s termination against the later kill only', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 500, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 2 })
      .event({ at: 500, type: 'HookStarted', container: 'app', hook: 'preStop' })
      .event({ at: 2_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 3, force: false })
      .event({ at: 2_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 3 })
      .event({ at: 2_000, type: 'HookStarted', container: 'app', hook: 'preStop' })
      .event({ at: 5_000, type: 'HookFinished', container: 'app', hook: 'preStop', result: 'Success' })
      .event({ at: 5_000, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
      .event({ at: 5_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .build();
    expect(prestopBoundedByGrace.check(trace, scenario)).toEqual({ ok: true });
  });
});
