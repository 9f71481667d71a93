import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { prestopBeforeSigterm } from './prestop-before-sigterm.js';

const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', lifecycle: { preStop: { exec: { command: ['drain'] } } } }] };

function killedAt10(after: (b: ReturnType<typeof traceOf>) => void) {
  const b = traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false })
    .event({ at: 10_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 30 });
  after(b);
  return b.build();
}

describe(prestopBeforeSigterm.id, () => {
  it('passes for preStop 10–13.5 s, then SIGTERM at 13.5 s', () => {
    const { trace, scenario } = killedAt10((b) =>
      b
        .event({ at: 10_000, type: 'HookStarted', container: 'app', hook: 'preStop' })
        .event({ at: 13_500, type: 'HookFinished', container: 'app', hook: 'preStop', result: 'Success' })
        .event({ at: 13_500, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
        .event({ at: 13_500, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' }),
    );
    expect(prestopBeforeSigterm.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when SIGTERM is sent at the kill, before the preStop has finished', () => {
    const { trace, scenario } = killedAt10((b) =>
      b
        .event({ at: 10_000, type: 'HookStarted', container: 'app', hook: 'preStop' })
        .event({ at: 10_000, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
        .event({ at: 13_500, type: 'HookFinished', container: 'app', hook: 'preStop', result: 'Success' }),
    );
    expect(prestopBeforeSigterm.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 10_000,
      container: 'app',
      observed: 'SIGTERM at 10s while the preStop started at 10s still ran',
    });
  });

  it('fails when the preStop is skipped', () => {
    const { trace, scenario } = killedAt10((b) => b.event({ at: 10_000, type: 'SignalSent', container: 'app', signal: 'SIGTERM' }));
    expect(prestopBeforeSigterm.check(trace, scenario)).toMatchObject({ ok: false, observed: 'SIGTERM at 10s with no preStop run since the kill' });
  });
});
