import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, phase, running, set, terminated, traceOf } from '../../testing/trace-builder.js';
import { deadlineFailsPod } from './deadline-fails-pod.js';

// Deadline 30 s from startTime 0; grace 5 s → Failed/DeadlineExceeded due by 30 + 5 + 2 + 8 = 45 s.
const spec: PodSpec = { activeDeadlineSeconds: 30, terminationGracePeriodSeconds: 5, containers: [{ name: 'app', image: 'busybox:1.36' }] };

describe(deadlineFailsPod.id, () => {
  it('passes for Failed/DeadlineExceeded at 35 s, once the container stopped (E17)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(35_000, phase('Failed', 'DeadlineExceeded'), container('app', { state: terminated(137, 0, 35_000) }))
      .until(60_000)
      .build();
    expect(deadlineFailsPod.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when DeadlineExceeded is shown at 20 s, before the deadline', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(20_000, phase('Failed', 'DeadlineExceeded'), container('app', { state: terminated(137, 0, 20_000) }))
      .until(60_000)
      .build();
    expect(deadlineFailsPod.check(trace, scenario)).toMatchObject({ ok: false, at: 20_000, expected: 'DeadlineExceeded no earlier than 30s' });
  });

  it('fails when the pod is still Running at 45 s', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .until(60_000)
      .build();
    expect(deadlineFailsPod.check(trace, scenario)).toMatchObject({ ok: false, at: 45_000, observed: 'no terminal phase' });
  });

  it('counts from startTime, not from the first container start', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, set({ startTime: 10_000 }))
      .at(12_000, phase('Running'), container('app', { state: running(12_000) }))
      .at(42_000, phase('Failed', 'DeadlineExceeded'), container('app', { state: terminated(137, 12_000, 42_000) }))
      .until(80_000)
      .build();
    expect(deadlineFailsPod.check(trace, scenario)).toEqual({ ok: true });
  });
});
