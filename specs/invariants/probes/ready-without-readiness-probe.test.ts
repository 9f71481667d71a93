import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, running, traceOf } from '../../testing/trace-builder.js';
import { readyWithoutReadinessProbe } from './ready-without-readiness-probe.js';

const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', startupProbe: { exec: { command: ['s'] } } }] };

describe(readyWithoutReadinessProbe.id, () => {
  it('passes when ready follows started within the tolerance (started at 10 s, ready at 11 s)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, container('app', { state: running(0) }))
      .at(10_000, container('app', { started: true }))
      .at(11_000, container('app', { ready: true }))
      .until(60_000)
      .build();
    expect(readyWithoutReadinessProbe.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when a started container without a readiness probe stays unready (due by 12 s)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, container('app', { state: running(0) }))
      .at(10_000, container('app', { started: true }))
      .at(30_000, container('app', { ready: true }))
      .until(60_000)
      .build();
    expect(readyWithoutReadinessProbe.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 12_000,
      container: 'app',
      observed: 'started but not ready from 10s to 30s',
    });
  });

  it('asserts nothing once the pod object is removed (a force delete before the sync that would set ready)', () => {
    const build = (removedAt: number | undefined) => {
      const b = traceOf(spec)
        .at(0, container('app', { state: running(0) }))
        .at(1_000, container('app', { started: true }));
      if (removedAt !== undefined) b.event({ at: removedAt, type: 'PodRemoved' });
      return b.until(30_000).build();
    };
    const removed = build(1_500);
    expect(readyWithoutReadinessProbe.check(removed.trace, removed.scenario)).toEqual({ ok: true });
    const kept = build(undefined);
    expect(readyWithoutReadinessProbe.check(kept.trace, kept.scenario)).toMatchObject({ ok: false, at: 3_000 });
  });
});
