import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { startOrder } from './start-order.js';

const probe = { exec: { command: ['probe'] }, periodSeconds: 5, failureThreshold: 10 };
const spec = {
  initContainers: [
    { name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const, startupProbe: probe },
    { name: 'init', image: 'busybox:1.36' },
    { name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always' as const, lifecycle: { postStart: { exec: { command: ['warm'] } } } },
  ],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};
const started = (at: number, container: string, restartCount = 0): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount });
const exited = (at: number, container: string, exitCode: number): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const startup = (at: number, result: 'Success' | 'Failure'): TraceEvent => ({ at, type: 'ProbeResult', container: 'side', probe: 'startup', result });
const build = (...events: TraceEvent[]) => {
  const b = traceOf(spec);
  for (const e of events) b.event(e);
  return b.build();
};

describe(startOrder.id, () => {
  it('passes when init waits for side’s startup probe and app for proxy’s postStart', () => {
    const { trace, scenario } = build(
      started(0, 'side'), startup(0, 'Failure'), startup(5000, 'Failure'), startup(10_000, 'Success'),
      started(10_000, 'init'), exited(12_000, 'init', 0),
      started(12_000, 'proxy'), { at: 12_000, type: 'HookStarted', container: 'proxy', hook: 'postStart' }, { at: 15_000, type: 'HookFinished', container: 'proxy', hook: 'postStart', result: 'Success' },
      started(15_000, 'app'),
      // after initialization, a proxy restart does not hold the app's restart (R2.11)
      exited(40_000, 'proxy', 1), exited(40_000, 'app', 1), started(40_000, 'app', 1),
    );
    expect(startOrder.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when init starts while side’s startup probe has not succeeded', () => {
    const { trace, scenario } = build(started(0, 'side'), startup(0, 'Failure'), started(5000, 'init'));
    expect(startOrder.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, container: 'init', observed: 'sidecar side had no successful startup probe yet' });
  });

  it('fails when app starts during proxy’s postStart hook', () => {
    const { trace, scenario } = build(
      started(0, 'side'), startup(1000, 'Success'), started(1000, 'init'), exited(2000, 'init', 0),
      started(2000, 'proxy'), { at: 2000, type: 'HookStarted', container: 'proxy', hook: 'postStart' }, started(2000, 'app'),
    );
    expect(startOrder.check(trace, scenario)).toMatchObject({ ok: false, at: 2000, container: 'app', observed: 'sidecar proxy had not finished its postStart hook' });
  });
});
