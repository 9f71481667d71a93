import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { poststartFailureKills } from './poststart-failure-kills.js';

const spec: PodSpec = {
  restartPolicy: 'Never',
  terminationGracePeriodSeconds: 5,
  containers: [{ name: 'a', image: 'busybox:1.36', lifecycle: { postStart: { exec: { command: ['fail'] } } } }],
};

function failed(after: (b: ReturnType<typeof traceOf>) => void) {
  const b = traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'a', restartCount: 0 })
    .event({ at: 0, type: 'HookStarted', container: 'a', hook: 'postStart' })
    .event({ at: 1_000, type: 'HookFinished', container: 'a', hook: 'postStart', result: 'Failure' });
  after(b);
  return b.until(60_000).build();
}

describe(poststartFailureKills.id, () => {
  it('passes for a kill at 1 s and the exit (143) at once', () => {
    const { trace, scenario } = failed((b) =>
      b
        .event({ at: 1_000, type: 'ContainerKilling', container: 'a', reason: 'PostStartHookFailed', gracePeriodSeconds: 5 })
        .event({ at: 1_000, type: 'SignalSent', container: 'a', signal: 'SIGTERM' })
        .event({ at: 1_000, type: 'ContainerExited', container: 'a', exitCode: 143, reason: 'Error' }),
    );
    expect(poststartFailureKills.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the container keeps running after its postStart failed (due by 3 s)', () => {
    const { trace, scenario } = failed(() => undefined);
    expect(poststartFailureKills.check(trace, scenario)).toMatchObject({ ok: false, at: 3_000, container: 'a', observed: 'not killed' });
  });

  it('fails when the kill does not stop it within grace 5 s + 2 s (+1 s)', () => {
    const { trace, scenario } = failed((b) =>
      b
        .event({ at: 1_000, type: 'ContainerKilling', container: 'a', reason: 'PostStartHookFailed', gracePeriodSeconds: 5 })
        .event({ at: 1_000, type: 'SignalSent', container: 'a', signal: 'SIGTERM' })
        .event({ at: 30_000, type: 'ContainerExited', container: 'a', exitCode: 137, reason: 'Error' }),
    );
    expect(poststartFailureKills.check(trace, scenario)).toMatchObject({ ok: false, at: 30_000, observed: 'exited at 30s' });
  });
});
