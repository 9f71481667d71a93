import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { onlyRunningInstances } from './only-running-instances.js';

const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, periodSeconds: 1 } }] };

/** Crashes at 5 s and is restarted at 12 s (back-off). */
function crashed(probesAt: number[]) {
  const b = traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 5_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 12_000, type: 'ContainerStarted', container: 'app', restartCount: 1 });
  for (const t of probesAt) b.event({ at: t, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' });
  return b.build();
}

describe(onlyRunningInstances.id, () => {
  it('passes for results while an instance runs (one recorded within 1 s of the exit)', () => {
    const { trace, scenario } = crashed([1_000, 2_000, 5_500, 13_000]);
    expect(onlyRunningInstances.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for a result at 8 s, between the exit at 5 s and the restart at 12 s', () => {
    const { trace, scenario } = crashed([1_000, 8_000]);
    expect(onlyRunningInstances.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 8_000,
      container: 'app',
      observed: 'readiness result Success at 8s, the last instance exited at 5s',
    });
  });
});
