import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import type { ProbeOutcome } from '../../model/behaviour.js';
import { traceOf } from '../../testing/trace-builder.js';
import { failureThreshold } from './failure-threshold.js';

const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', livenessProbe: { exec: { command: ['l'] }, failureThreshold: 3 } }] };

function liveness(results: [number, ProbeOutcome][], killAt: number) {
  const b = traceOf(spec).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 });
  for (const [t, result] of results) b.event({ at: t * 1000, type: 'ProbeResult', container: 'app', probe: 'liveness', result });
  return b.event({ at: killAt * 1000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 }).build();
}

describe(failureThreshold.id, () => {
  it('passes for a kill after three consecutive failures (S F S F F F)', () => {
    const { trace, scenario } = liveness([[0, 'Success'], [10, 'Failure'], [20, 'Success'], [30, 'Failure'], [40, 'Failure'], [50, 'Failure']], 50);
    expect(failureThreshold.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for a kill after two failures when three are required', () => {
    const { trace, scenario } = liveness([[0, 'Success'], [10, 'Failure'], [20, 'Success'], [30, 'Failure'], [40, 'Failure']], 40);
    expect(failureThreshold.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 40_000,
      container: 'app',
      expected: '3 consecutive liveness failures before a LivenessProbe kill',
      observed: 'killed at 40s after liveness results [SFSFF] of the instance',
    });
  });

  it('accepts a run that began on an instance that exited on its own (legacy worker keeps resultRun)', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 10_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 25_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 25_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 30_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 30_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
      .build();
    expect(failureThreshold.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when one crossing is used for two kills', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 10_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 30_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 30_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
      .event({ at: 30_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
      .event({ at: 30_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 40_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Failure' })
      .event({ at: 40_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
      .build();
    expect(failureThreshold.check(trace, scenario)).toMatchObject({ ok: false, at: 40_000, observed: 'killed at 40s after liveness results [F] of the instance' });
  });
});
