import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { livenessRestartsIffPolicy } from './liveness-restarts-iff-policy.js';

const spec = (restartPolicy: PodSpec['restartPolicy']): PodSpec => ({
  restartPolicy,
  containers: [{ name: 'app', image: 'busybox:1.36', livenessProbe: { exec: { command: ['l'] }, failureThreshold: 2 } }],
});

/** Liveness fails at 10 s and 20 s (threshold 2); killed at `killAt`, exits 143 two seconds later. */
function failing(restartPolicy: PodSpec['restartPolicy'], killAt: number | undefined) {
  const b = traceOf(spec(restartPolicy))
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 10_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
    .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' });
  if (killAt !== undefined) {
    b.event({ at: killAt, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
      .event({ at: killAt, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
      .event({ at: killAt + 2000, type: 'ContainerExited', container: 'app', exitCode: 143, reason: 'Error' });
  }
  return b;
}

describe(livenessRestartsIffPolicy.id, () => {
  it('passes under Always: killed at the crossing (20 s), restarted at once after the exit at 22 s (first exit: no back-off)', () => {
    const { trace, scenario } = failing('Always', 20_000).event({ at: 22_000, type: 'ContainerStarted', container: 'app', restartCount: 1 }).until(120_000).build();
    expect(livenessRestartsIffPolicy.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes under Never: killed, never started again (E22)', () => {
    const { trace, scenario } = failing('Never', 20_000).until(120_000).build();
    expect(livenessRestartsIffPolicy.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the instance is not killed within 3 s of the crossing at 20 s', () => {
    const { trace, scenario } = failing('Always', undefined).until(120_000).build();
    expect(livenessRestartsIffPolicy.check(trace, scenario)).toMatchObject({ ok: false, at: 23_000, container: 'app', observed: 'it was never killed' });
  });

  it('fails when a liveness-killed container is restarted under Never', () => {
    const { trace, scenario } = failing('Never', 20_000).event({ at: 22_000, type: 'ContainerStarted', container: 'app', restartCount: 1 }).until(120_000).build();
    expect(livenessRestartsIffPolicy.check(trace, scenario)).toMatchObject({ ok: false, at: 22_000, observed: 'started again at 22s (restartCount 1)' });
  });

  it('fails when a liveness-killed container is not restarted under Always (first exit: due by 22 s + 0 + 17 s)', () => {
    const { trace, scenario } = failing('Always', 20_000).until(120_000).build();
    expect(livenessRestartsIffPolicy.check(trace, scenario)).toMatchObject({ ok: false, at: 39_000, observed: 'not restarted' });
  });
});

describe(`${livenessRestartsIffPolicy.id} and spec changes`, () => {
  it('allows the restart when the kill that followed the crossing was for an image update (R4.2)', () => {
    const { trace, scenario } = traceOf(spec('Never'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 10_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 19_000, type: 'FaultInjected', fault: { type: 'UpdateImage', container: 'app', image: 'busybox:1.37' }, outcome: 'applied' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 20_000, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 30 })
      .event({ at: 20_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 22_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .until(120_000)
      .build();
    expect(livenessRestartsIffPolicy.check(trace, scenario)).toEqual({ ok: true });
  });
});
