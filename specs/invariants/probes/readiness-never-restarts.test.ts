import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { readinessNeverRestarts } from './readiness-never-restarts.js';

const spec: PodSpec = {
  containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] } }, livenessProbe: { exec: { command: ['l'] } } }],
};

describe(readinessNeverRestarts.id, () => {
  it('passes when readiness keeps failing and the only kill follows liveness failures', () => {
    const b = traceOf(spec).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 });
    for (const t of [0, 10, 20, 30]) b.event({ at: t * 1000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' });
    for (const t of [30, 40, 50]) b.event({ at: t * 1000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' });
    const { trace, scenario } = b
      .event({ at: 50_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
      .event({ at: 50_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 50_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .build();
    expect(readinessNeverRestarts.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the container is killed for "liveness" while only readiness failed', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' })
      .event({ at: 10_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Failure' })
      .event({ at: 20_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
      .build();
    expect(readinessNeverRestarts.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 20_000,
      container: 'app',
      expected: 'a liveness probe Failure of the instance before the kill',
      observed: 'killed (LivenessProbe) at 20s without it, after readiness failures',
    });
  });

  it('fails for a spec-change kill without an image update', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 7_000, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 30 })
      .build();
    expect(readinessNeverRestarts.check(trace, scenario)).toMatchObject({ ok: false, at: 7_000, expected: 'an applied image update of the container before the kill' });
  });
});
