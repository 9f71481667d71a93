import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, running, traceOf } from '../../testing/trace-builder.js';
import { probePeriod } from './probe-period.js';

// periodSeconds 10, timeoutSeconds 1 (default): gaps up to 10 + 3 + 1 = 14 s; liveness at least 10 − 1 − 1 = 8 s.
const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', livenessProbe: { exec: { command: ['l'] }, periodSeconds: 10 } }] };

function probedAt(seconds: number[], horizon: number) {
  // the API shows the instance running from its start: the worker can aim at it
  const b = traceOf(spec).at(0, container('app', { state: running(0), started: true })).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 });
  for (const s of seconds) b.event({ at: s * 1000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' });
  return b.until(horizon).build();
}

describe(probePeriod.id, () => {
  it('passes for results every 10 s from the start to the horizon', () => {
    const { trace, scenario } = probedAt([0, 10, 20, 30, 40, 50], 55_000);
    expect(probePeriod.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for a legacy ticker that lands 9 s after the start and then every 10 s', () => {
    const { trace, scenario } = probedAt([9, 19, 29, 39], 45_000);
    expect(probePeriod.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when a result is missing (20 s then 40 s: the one due by 34 s never came)', () => {
    const { trace, scenario } = probedAt([0, 10, 20, 40, 50], 55_000);
    expect(probePeriod.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 34_000,
      container: 'app',
      observed: 'the next at 40s',
    });
  });

  it('fails when probing stops while the container still runs', () => {
    const { trace, scenario } = probedAt([0, 10], 60_000);
    expect(probePeriod.check(trace, scenario)).toMatchObject({ ok: false, at: 24_000, observed: 'none until the probe stopped being active' });
  });

  it('fails for a liveness result 5 s after the previous one', () => {
    const { trace, scenario } = probedAt([0, 10, 15, 25], 30_000);
    expect(probePeriod.check(trace, scenario)).toMatchObject({ ok: false, at: 15_000, observed: 'a result at 15s, 5s after the one at 10s' });
  });

  it('does not expect results while the kubelet is down, nor a startup-less probe’s phase to carry over', () => {
    const { trace, scenario } = traceOf(spec, { faults: [] })
      .at(0, container('app', { state: running(0), started: true }))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' })
      .event({ at: 10_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' })
      .event({ at: 12_000, type: 'FaultInjected', fault: { type: 'NodeDown' }, outcome: 'applied' })
      .event({ at: 100_000, type: 'FaultInjected', fault: { type: 'NodeUp' }, outcome: 'applied' })
      .event({ at: 104_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' })
      .event({ at: 114_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' })
      .until(120_000)
      .build();
    expect(probePeriod.check(trace, scenario)).toEqual({ ok: true });
  });

  it('expects nothing of an instance the API never showed (the kubelet refused the status update)', () => {
    const { trace, scenario } = traceOf(spec).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 }).until(60_000).build();
    expect(probePeriod.check(trace, scenario)).toEqual({ ok: true });
  });

  it('does not open a startup-gated window on a startup success the kubelet forgot in a restart before the window opened', () => {
    // startup every 4 s (failureThreshold 5), readiness from initialDelaySeconds 4, every 10 s.
    // startup succeeds at 0 s; the kubelet is down 0.5–3.5 s, and the new one probes startup afresh
    // (its results are in memory): failures at 3.5, 7.5, 11.5, 15.5 s — never started again, so
    // readiness never probes (R3.4). Without the outage, readiness is due by 4 + 10 + 3 + 1 = 18 s.
    const gated: PodSpec = {
      containers: [
        {
          name: 'app',
          image: 'busybox:1.36',
          startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 4, failureThreshold: 5 },
          readinessProbe: { httpGet: { path: '/r', port: 8080 }, initialDelaySeconds: 4 },
        },
      ],
    };
    const build = (outage: boolean) => {
      const b = traceOf(gated)
        .at(0, container('app', { state: running(0), started: true }))
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Success' });
      if (outage) {
        b.event({ at: 500, type: 'FaultInjected', fault: { type: 'NodeDown' }, outcome: 'applied' });
        b.event({ at: 3_500, type: 'FaultInjected', fault: { type: 'NodeUp' }, outcome: 'applied' });
      }
      for (const at of [3_500, 7_500, 11_500, 15_500]) b.event({ at, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Failure' });
      return b.until(20_000).build();
    };
    const forgotten = build(true);
    expect(probePeriod.check(forgotten.trace, forgotten.scenario)).toEqual({ ok: true });
    const kept = build(false);
    expect(probePeriod.check(kept.trace, kept.scenario)).toMatchObject({ ok: false, at: 18_000, container: 'app', message: 'app: the readiness probe missed its period' });
  });

  describe('a deletion that begins the termination after the active deadline has passed', () => {
    // activeDeadlineSeconds 5, readiness every 2 s (timeoutSeconds 1: gaps up to 2 + 3 + 1 = 6 s), a 10 s preStop.
    // The deletion at 5.5 s comes before the deadline's own sync. SyncTerminatingPod begins with
    // generateAPIPodStatus, whose active deadline handler (ShouldEvict) sets Failed when the deadline
    // has passed (kubelet.go SyncTerminatingPod, kubelet_pods.go generateAPIPodStatus, R5.10): the
    // status manager holds a terminal phase from 5.5 s and every probe worker exits at its next tick (R3.12).
    const deadlineSpec = (activeDeadlineSeconds: number): PodSpec => ({
      activeDeadlineSeconds,
      containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, periodSeconds: 2 }, lifecycle: { preStop: { exec: { command: ['h'] } } } }],
    });
    const deletedAt5500 = (activeDeadlineSeconds: number) => {
      const b = traceOf(deadlineSpec(activeDeadlineSeconds)).at(0, container('app', { state: running(0), started: true })).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 });
      for (const s of [0, 2, 4]) b.event({ at: s * 1000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' });
      return b
        .at(5_500, b.deleted(35_500, 30))
        .event({ at: 5_500, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false })
        .event({ at: 5_500, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 30 })
        .event({ at: 5_500, type: 'HookStarted', container: 'app', hook: 'preStop' })
        .event({ at: 15_500, type: 'HookFinished', container: 'app', hook: 'preStop', result: 'Success' })
        .event({ at: 15_500, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
        .event({ at: 15_500, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
        .until(20_000)
        .build();
    };

    it('expects no readiness results after it (the worker exits: the kubelet holds Failed)', () => {
      const { trace, scenario } = deletedAt5500(5);
      expect(probePeriod.check(trace, scenario)).toEqual({ ok: true });
    });

    it('still expects them up to SIGTERM when the deadline falls after the termination began (R3.11)', () => {
      const { trace, scenario } = deletedAt5500(12);
      expect(probePeriod.check(trace, scenario)).toMatchObject({ ok: false, at: 10_000, container: 'app', observed: 'none until the probe stopped being active' });
    });
  });
});
