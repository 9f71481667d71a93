import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { startupGatesOtherProbes } from './startup-gates-other-probes.js';

const spec: PodSpec = {
  containers: [
    {
      name: 'app',
      image: 'busybox:1.36',
      startupProbe: { exec: { command: ['s'] }, failureThreshold: 30 },
      livenessProbe: { exec: { command: ['l'] } },
      readinessProbe: { exec: { command: ['r'] } },
    },
  ],
};

describe(startupGatesOtherProbes.id, () => {
  it('passes when liveness and readiness start only after the startup Success (0 F, 10 F, 20 S → 20 L, 20 R)', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Failure' })
      .event({ at: 10_000, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Failure' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Success' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' })
      .event({ at: 20_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
      .build();
    expect(startupGatesOtherProbes.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when a restarted instance is probed for liveness on the strength of the previous instance’s startup Success', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Success' })
      .event({ at: 5_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 5_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 8_000, type: 'ProbeResult', container: 'app', probe: 'liveness', result: 'Success' })
      .build();
    expect(startupGatesOtherProbes.check(trace, scenario)).toMatchObject({ ok: false, at: 8_000, container: 'app', observed: expect.stringContaining('liveness result Success at 8s') });
  });

  it('lets readiness run after the deletion request, when the startup worker reports Success and stops (R3.11)', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Failure' })
      .event({ at: 5_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false })
      .event({ at: 6_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
      .build();
    expect(startupGatesOtherProbes.check(trace, scenario)).toEqual({ ok: true });
  });
});
