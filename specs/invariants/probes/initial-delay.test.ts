import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, running, traceOf } from '../../testing/trace-builder.js';
import { initialDelay } from './initial-delay.js';

const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, initialDelaySeconds: 15 } }] };

function probedAt(firstProbe: number) {
  return traceOf(spec)
    .event({ at: 2_000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .at(2_000, container('app', { state: running(2_000), started: true }))
    .event({ at: firstProbe, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
    .build();
}

describe(initialDelay.id, () => {
  it('passes for a first probe at startedAt 2 s + 15 s = 17 s', () => {
    const { trace, scenario } = probedAt(17_000);
    expect(initialDelay.check(trace, scenario)).toEqual({ ok: true });
  });

  it('tolerates a result recorded 1 s early (16 s), the resolution of the timestamps', () => {
    const { trace, scenario } = probedAt(16_000);
    expect(initialDelay.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for a probe at 10 s, inside the initial delay', () => {
    const { trace, scenario } = probedAt(10_000);
    expect(initialDelay.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 10_000,
      container: 'app',
      expected: 'no readiness probe before 17s (startedAt 2s + initialDelaySeconds 15)',
    });
  });
});
