import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
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

// A v1.34.10 kubelet (podlife run: ready-after-deadline): activeDeadlineSeconds 5, a readiness
// probe (period 2 s) that only ever failed. Past the deadline the status manager holds Failed, the
// readiness worker exits at its next tick (R3.12) and the status written as the kill began showed
// the container ready: no result and no worker means ready (prober_manager.go UpdatePodStatus).
const deadlineSpec: PodSpec = {
  activeDeadlineSeconds: 5,
  terminationGracePeriodSeconds: 20,
  containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, periodSeconds: 2, failureThreshold: 1 } }],
};
function readyAsKillBegins(deletedAt?: number) {
  const b = traceOf(deadlineSpec)
    .event({ at: 1_590, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .at(2_662, container('app', { state: running(1_000), started: true, ready: false }));
  for (const at of [2_689, 3_678, 4_680]) b.event({ at, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' });
  if (deletedAt !== undefined) b.event({ at: deletedAt, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 20, force: false });
  return b
    .event({ at: 6_677, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 20 })
    .event({ at: 6_677, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
    .at(6_681, container('app', { ready: true }))
    .build();
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
    const { trace, scenario } = readyAsKillBegins();
    expect(successThreshold.check(trace, scenario)).toEqual({ ok: true });
  });

  it('still fails when that happens in a deletion: the readiness worker keeps probing (R3.11)', () => {
    const { trace, scenario } = readyAsKillBegins(6_000);
    expect(successThreshold.check(trace, scenario)).toMatchObject({ ok: false, at: 6_681 });
  });
});
