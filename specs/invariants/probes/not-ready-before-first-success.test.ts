import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { readyAsDeadlineKillBegins } from '../../testing/ready-after-deadline-trace.js';
import { container, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { notReadyBeforeFirstSuccess } from './not-ready-before-first-success.js';

const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] } } }] };

/** Ready at 0 s after a Success, crashes at 30 s, restarted at once. */
function restarted() {
  return traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
    .at(0, container('app', { state: running(0), started: true, ready: true }))
    .event({ at: 30_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 30_000, type: 'ContainerStarted', container: 'app', restartCount: 1 });
}

describe(notReadyBeforeFirstSuccess.id, () => {
  it('passes when the new instance starts not ready and turns ready at its own first Success (40 s)', () => {
    const { trace, scenario } = restarted()
      .at(30_000, container('app', { state: running(30_000), lastState: terminated(1, 0, 30_000), restartCount: 1, ready: false }))
      .event({ at: 40_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
      .at(40_000, container('app', { ready: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when readiness is carried over to the restarted instance', () => {
    const { trace, scenario } = restarted()
      .at(30_000, container('app', { state: running(30_000), lastState: terminated(1, 0, 30_000), restartCount: 1, ready: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 30_000,
      container: 'app',
      expected: 'ready false until a readiness Success of the instance started at 30s',
    });
  });

  it('fails when a container with a startup probe shows started before its startup Success', () => {
    const withStartup: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', startupProbe: { exec: { command: ['s'] } } }] };
    const { trace, scenario } = traceOf(withStartup)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Failure' })
      .at(2_000, container('app', { state: running(0), started: true, ready: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toMatchObject({ ok: false, at: 2_000, observed: 'started true at 2s with no startup Success of that instance' });
  });

  // A v1.34.10 run (seed 57): activeDeadlineSeconds 14, a container whose startup probe (period 14 s)
  // had not run yet; the deadline kill began at 14.88 s and the next status showed it started and
  // ready. SyncTerminatingPod stops the startup workers (R3.11), and with no result and no worker
  // isContainerStarted says started.
  const neverProbed: PodSpec = {
    activeDeadlineSeconds: 14,
    containers: [{ name: 'app', image: 'busybox:1.36', startupProbe: { exec: { command: ['s'] }, periodSeconds: 14 } }],
  };
  const pastDeadline = () =>
    traceOf(neverProbed)
      .event({ at: 1_315, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .at(1_832, container('app', { state: running(1_000), started: false, ready: false }))
      .event({ at: 14_884, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 30 })
      .event({ at: 14_884, type: 'SignalSent', container: 'app', signal: 'SIGTERM' });

  it('passes when a container shows started once the kubelet terminates the pod without a deletion (active deadline)', () => {
    const { trace, scenario } = pastDeadline()
      .at(14_896, container('app', { started: true, ready: true }))
      .event({ at: 14_906, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toEqual({ ok: true });
  });

  it('still fails when started shows before the pod is terminated', () => {
    const { trace, scenario } = pastDeadline()
      .at(14_000, container('app', { started: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toMatchObject({ ok: false, at: 14_000 });
  });

  it('does not count a PodTermination kill the pod recovers from (a container in "unknown" state, restarted)', () => {
    const { trace, scenario } = traceOf(neverProbed)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 5_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 30 })
      .event({ at: 5_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .at(6_000, container('app', { state: running(5_000), restartCount: 1, started: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toMatchObject({ ok: false, at: 6_000 });
  });

  it('passes when a container shows ready as the kubelet kills a pod past its active deadline (readiness worker gone, R3.12)', () => {
    const { trace, scenario } = readyAsDeadlineKillBegins();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toEqual({ ok: true });
  });

  it('still fails when that happens in a deletion: the readiness worker keeps probing (R3.11)', () => {
    const { trace, scenario } = readyAsDeadlineKillBegins(6_000);
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toMatchObject({ ok: false, at: 6_681 });
  });
});
