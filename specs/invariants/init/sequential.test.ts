import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { sequential } from './sequential.js';

const spec = {
  restartPolicy: 'OnFailure' as const,
  initContainers: [{ name: 'init1', image: 'busybox:1.36' }, { name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }, { name: 'init2', image: 'busybox:1.36' }],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};
const started = (at: number, container: string, restartCount = 0): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount });
const exited = (at: number, container: string, exitCode: number): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const build = (...events: TraceEvent[]) => {
  const b = traceOf(spec);
  for (const e of events) b.event(e);
  return b.build();
};

describe(sequential.id, () => {
  it('passes for init1 failing once, restarted, then init2 after it exited 0 (the sidecar in between runs on)', () => {
    const { trace, scenario } = build(started(0, 'init1'), exited(2000, 'init1', 1), started(2000, 'init1', 1), exited(4000, 'init1', 0), started(4000, 'side'), started(4000, 'init2'), exited(6000, 'init2', 0), started(6000, 'app'));
    expect(sequential.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes when a re-created sandbox runs init1 and init2 again (R2.5)', () => {
    const { trace, scenario } = build(
      started(0, 'init1'), exited(1000, 'init1', 0), started(1000, 'side'), started(1000, 'init2'), exited(2000, 'init2', 0), started(2000, 'app'),
      { at: 30_000, type: 'SandboxCreated', attempt: 1 },
      started(30_000, 'init1', 1), exited(31_000, 'init1', 0), started(31_000, 'side', 1), started(31_000, 'init2', 1),
    );
    expect(sequential.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when init2 starts while init1 still runs (parallel init containers)', () => {
    const { trace, scenario } = build(started(0, 'init1'), started(0, 'side'), started(500, 'init2'));
    expect(sequential.check(trace, scenario)).toMatchObject({ ok: false, at: 500, container: 'init2', observed: 'init1 was running' });
  });

  it('fails when init2 starts after init1 failed', () => {
    const { trace, scenario } = build(started(0, 'init1'), exited(2000, 'init1', 1), started(2000, 'side'), started(3000, 'init2'));
    expect(sequential.check(trace, scenario)).toMatchObject({ ok: false, at: 3000, container: 'init2', observed: 'init1 had not completed' });
  });

  it('fails when a completed init container runs again in the same sandbox', () => {
    const { trace, scenario } = build(started(0, 'init1'), exited(1000, 'init1', 0), started(1000, 'side'), started(1000, 'init2'), exited(2000, 'init2', 0), started(2000, 'app'), started(50_000, 'init1', 1));
    expect(sequential.check(trace, scenario)).toMatchObject({ ok: false, at: 50_000, container: 'init1', observed: 'init1 started again' });
  });
});
