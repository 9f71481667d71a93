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
});
