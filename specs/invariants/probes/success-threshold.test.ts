import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { readyAsDeadlineKillBegins } from '../../testing/ready-after-deadline-trace.js';
import { container, running, traceOf } from '../../testing/trace-builder.js';
import { successThreshold } from './success-threshold.js';

const spec: PodSpec = {
  containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, periodSeconds: 5, successThreshold: 3 } }],
};

function probedAt(seconds: number[]) {
  const b = traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .at(0, container('app', { state: running(0), started: true, ready: false }));
  for (const s of seconds) b.event({ at: s * 1000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' });
  return b;
}

describe(successThreshold.id, () => {
  it('passes when ready comes with the third success (0, 5, 10 s → ready at 10 s)', () => {
    const { trace, scenario } = probedAt([0, 5, 10]).at(10_000, container('app', { ready: true })).build();
    expect(successThreshold.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when ready comes with the second success', () => {
    const { trace, scenario } = probedAt([0, 5]).at(5_000, container('app', { ready: true })).build();
    expect(successThreshold.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 5_000,
      container: 'app',
      observed: 'ready at 5s after readiness results [SS] of the instance',
    });
  });

  it('fails when readiness lost to three failures comes back after one success', () => {
    const { trace, scenario } = probedAt([0, 5, 10])
      .at(10_000, container('app', { ready: true }))
      .event({ at: 15_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' })
      .event({ at: 25_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' })
      .at(25_000, container('app', { ready: false }))
      .event({ at: 30_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
      .at(30_000, container('app', { ready: true }))
      .build();
    expect(successThreshold.check(trace, scenario)).toMatchObject({ ok: false, at: 30_000, observed: 'ready at 30s after readiness results [SSSFFFS] of the instance' });
  });

  it('passes when a container shows ready as the kubelet kills a pod past its active deadline (readiness worker gone, R3.12)', () => {
    const { trace, scenario } = readyAsDeadlineKillBegins();
    expect(successThreshold.check(trace, scenario)).toEqual({ ok: true });
  });

  it('still fails when that happens in a deletion: the readiness worker keeps probing (R3.11)', () => {
    const { trace, scenario } = readyAsDeadlineKillBegins(6_000);
    expect(successThreshold.check(trace, scenario)).toMatchObject({ ok: false, at: 6_681 });
  });

  it('does not count against a ready status a failure in the same millisecond that may have come after it', () => {
    // Readiness (failureThreshold 1, successThreshold 1) fails at 0, 10 and 20 s and succeeds at 30 s:
    // ready at 30 s. In that millisecond a liveness kill restarts the container, and the new
    // instance's first readiness result, a Failure, is recorded at 30 s too (after the status).
    const oneShot: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, periodSeconds: 10, failureThreshold: 1 } }] };
    const build = () => {
      const b = traceOf(oneShot)
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .at(0, container('app', { state: running(0), containerID: 'sim://1', started: true, ready: false }));
      for (const at of [0, 10_000, 20_000]) b.event({ at, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' });
      return b
        .event({ at: 30_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
        .at(30_000, container('app', { ready: true }))
        .event({ at: 30_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
        .event({ at: 30_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
        .event({ at: 30_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
        .event({ at: 30_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' })
        .build();
    };
    const sameInstant = build();
    expect(successThreshold.check(sameInstant.trace, sameInstant.scenario)).toEqual({ ok: true });
  });
});
