import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { appAfterInit } from './app-after-init.js';

const spec = {
  initContainers: [{ name: 'init1', image: 'busybox:1.36' }, { name: 'init2', image: 'busybox:1.36' }],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};
const started = (at: number, container: string, restartCount = 0): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount });
const exited = (at: number, container: string, exitCode: number): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const build = (...events: TraceEvent[]) => {
  const b = traceOf(spec);
  for (const e of events) b.event(e);
  return b.build();
};

describe(appAfterInit.id, () => {
  it('passes when the app starts as init2 exits 0, and again after a new sandbox re-ran both', () => {
    const { trace, scenario } = build(
      started(0, 'init1'), exited(2000, 'init1', 0), started(2000, 'init2'), exited(5000, 'init2', 0), started(5000, 'app'),
      exited(30_000, 'app', 255), { at: 30_000, type: 'SandboxCreated', attempt: 1 },
      started(30_000, 'init1', 1), exited(31_000, 'init1', 0), started(31_000, 'init2', 1), exited(32_000, 'init2', 0), started(32_000, 'app', 1),
    );
    expect(appAfterInit.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the app starts while init2 is still running', () => {
    const { trace, scenario } = build(started(0, 'init1'), exited(2000, 'init1', 0), started(2000, 'init2'), started(3000, 'app'));
    expect(appAfterInit.check(trace, scenario)).toMatchObject({ ok: false, at: 3000, container: 'app', observed: 'init2 had not completed' });
  });

  it('fails when a re-created sandbox starts the app without re-running init (init records were purged)', () => {
    const { trace, scenario } = build(
      started(0, 'init1'), exited(1000, 'init1', 0), started(1000, 'init2'), exited(2000, 'init2', 0), started(2000, 'app'),
      exited(30_000, 'app', 255), { at: 30_000, type: 'SandboxCreated', attempt: 1 }, started(30_000, 'app', 1),
    );
    expect(appAfterInit.check(trace, scenario)).toMatchObject({ ok: false, at: 30_000, expected: 'app starts after init container init1 exited 0 in the sandbox created at 30s' });
  });
});
