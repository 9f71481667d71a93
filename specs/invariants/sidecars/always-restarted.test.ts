import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { alwaysRestarted } from './always-restarted.js';

const spec = {
  restartPolicy: 'Never' as const,
  initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};
const started = (at: number, container: string, restartCount = 0): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount });
const exited = (at: number, container: string, exitCode: number): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const build = (...events: TraceEvent[]) => {
  const b = traceOf(spec).until(120_000);
  for (const e of events) b.event(e);
  return b.build();
};

describe(alwaysRestarted.id, () => {
  it('passes for E24: under Never the sidecar exits 1 at 5 s, restarts at once, exits again and restarts after 10 s', () => {
    const { trace, scenario } = build(started(0, 'side'), started(0, 'app'), exited(5000, 'side', 1), started(5000, 'side', 1), exited(6000, 'side', 0), started(16_000, 'side', 2));
    expect(alwaysRestarted.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes when the job finished: the sidecar killed with the pod is not restarted (R2.12)', () => {
    const { trace, scenario } = build(started(0, 'side'), started(0, 'app'), exited(10_000, 'app', 0), exited(10_000, 'side', 143));
    expect(alwaysRestarted.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when a sidecar under restartPolicy Never is not restarted (first restart due at once + 17 s)', () => {
    const { trace, scenario } = build(started(0, 'side'), started(0, 'app'), exited(5000, 'side', 1));
    expect(alwaysRestarted.check(trace, scenario)).toMatchObject({ ok: false, at: 22_000, container: 'side', observed: 'not started again' });
  });

  it('fails when the second restart takes longer than its 10 s back-off plus tolerance', () => {
    // second exit at 6 s: back-off at most 10 s → due by 6 + 10 + 17 = 33 s; restarted at 40 s
    const { trace, scenario } = build(started(0, 'side'), started(0, 'app'), exited(5000, 'side', 1), started(5000, 'side', 1), exited(6000, 'side', 1), started(40_000, 'side', 2));
    expect(alwaysRestarted.check(trace, scenario)).toMatchObject({ ok: false, at: 40_000, container: 'side', observed: 'started again at 40s' });
  });
});
