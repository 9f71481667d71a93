import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { terminationOrder } from './termination-order.js';

const spec = {
  terminationGracePeriodSeconds: 30,
  initContainers: [
    { name: 's1', image: 'busybox:1.36', restartPolicy: 'Always' as const, lifecycle: { preStop: { exec: { command: ['drain'] } } } },
    { name: 's2', image: 'busybox:1.36', restartPolicy: 'Always' as const },
  ],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};
const started = (at: number, container: string): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount: 0 });
const exited = (at: number, container: string, exitCode = 0): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const killing = (at: number, container: string, grace = 30): TraceEvent => ({ at, type: 'ContainerKilling', container, reason: 'PodTermination', gracePeriodSeconds: grace });
const sigterm = (at: number, container: string): TraceEvent => ({ at, type: 'SignalSent', container, signal: 'SIGTERM' });
const build = (...events: TraceEvent[]) => {
  const b = traceOf(spec);
  for (const e of events) b.event(e);
  return b.build();
};
const running = [started(0, 's1'), started(0, 's2'), started(0, 'app')];

describe(terminationOrder.id, () => {
  it('passes for E10: s1 preStop at once, app signalled first, then s2, then s1 (reverse order)', () => {
    const { trace, scenario } = build(
      ...running,
      killing(10_000, 'app'), sigterm(10_000, 'app'), killing(10_000, 's1'), { at: 10_000, type: 'HookStarted', container: 's1', hook: 'preStop' }, killing(10_000, 's2'),
      { at: 12_000, type: 'HookFinished', container: 's1', hook: 'preStop', result: 'Success' },
      exited(13_000, 'app'), sigterm(13_000, 's2'), exited(15_000, 's2'), sigterm(15_000, 's1'), exited(15_000, 's1'),
    );
    expect(terminationOrder.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes when the grace runs out before the app exits', () => {
    const { trace, scenario } = build(...running, killing(10_000, 'app', 5), sigterm(10_000, 'app'), killing(10_000, 's1', 5), killing(10_000, 's2', 5), sigterm(15_000, 's2'), sigterm(15_000, 's1'));
    expect(terminationOrder.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when sidecars are stopped in spec order (s1 before s2)', () => {
    const { trace, scenario } = build(
      ...running,
      killing(10_000, 'app'), sigterm(10_000, 'app'), killing(10_000, 's1'), killing(10_000, 's2'),
      exited(13_000, 'app'), sigterm(13_000, 's1'), exited(13_000, 's1'), sigterm(14_000, 's2'), exited(16_000, 's2'),
    );
    expect(terminationOrder.check(trace, scenario)).toMatchObject({ ok: false, at: 13_000, container: 's1', observed: 's2 exited only at 16s' });
  });

  it('fails when a sidecar is signalled together with the app', () => {
    const { trace, scenario } = build(...running, killing(10_000, 'app'), sigterm(10_000, 'app'), killing(10_000, 's2'), sigterm(10_000, 's2'), exited(13_000, 'app'));
    expect(terminationOrder.check(trace, scenario)).toMatchObject({ ok: false, at: 10_000, container: 's2', observed: 'app exited only at 13s' });
  });
});
