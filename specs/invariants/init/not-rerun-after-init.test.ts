import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { notRerunAfterInit } from './not-rerun-after-init.js';

const spec = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
const started = (at: number, container: string, restartCount = 0): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount });
const exited = (at: number, container: string, exitCode: number): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const build = (...events: TraceEvent[]) => {
  const b = traceOf(spec);
  for (const e of events) b.event(e);
  return b.build();
};
const imageChange: TraceEvent = { at: 10_000, type: 'FaultInjected', fault: { type: 'UpdateImage', container: 'init', image: 'busybox:1.37' }, outcome: 'applied' };

describe(notRerunAfterInit.id, () => {
  it('passes for E9: the init image changes after initialization and nothing happens', () => {
    const { trace, scenario } = build(started(0, 'init'), exited(1000, 'init', 0), started(1000, 'app'), imageChange, exited(20_000, 'app', 1), started(20_000, 'app', 1));
    expect(notRerunAfterInit.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes when a new sandbox re-runs init (E21)', () => {
    const { trace, scenario } = build(started(0, 'init'), exited(1000, 'init', 0), started(1000, 'app'), exited(30_000, 'app', 255), { at: 30_000, type: 'SandboxCreated', attempt: 1 }, started(30_000, 'init', 1));
    expect(notRerunAfterInit.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for E9 the pre-1.20 way: the image change re-runs the init container', () => {
    const { trace, scenario } = build(started(0, 'init'), exited(1000, 'init', 0), started(1000, 'app'), imageChange, started(10_000, 'init', 1));
    expect(notRerunAfterInit.check(trace, scenario)).toMatchObject({ ok: false, at: 10_000, container: 'init', observed: 'init started' });
  });
});
