import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { prestopOnlyRunning } from './prestop-only-running.js';

const spec: PodSpec = {
  restartPolicy: 'Never',
  containers: [
    { name: 'app', image: 'busybox:1.36', lifecycle: { preStop: { exec: { command: ['drain'] } } } },
    { name: 'job', image: 'busybox:1.36', lifecycle: { preStop: { exec: { command: ['drain'] } } } },
  ],
};

/** job completed at 5 s; the pod is deleted at 10 s; app runs. */
function deleted(jobPreStop: boolean) {
  const b = traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 0, type: 'ContainerStarted', container: 'job', restartCount: 0 })
    .event({ at: 5_000, type: 'ContainerExited', container: 'job', exitCode: 0, reason: 'Completed' })
    .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false })
    .event({ at: 10_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 30 })
    .event({ at: 10_000, type: 'HookStarted', container: 'app', hook: 'preStop' });
  if (jobPreStop) b.event({ at: 10_000, type: 'HookStarted', container: 'job', hook: 'preStop' });
  return b.build();
}

describe(prestopOnlyRunning.id, () => {
  it('passes when only the running container gets its preStop', () => {
    const { trace, scenario } = deleted(false);
    expect(prestopOnlyRunning.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the completed container gets a preStop too (R5.5)', () => {
    const { trace, scenario } = deleted(true);
    expect(prestopOnlyRunning.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 10_000,
      container: 'job',
      observed: 'preStop started at 10s, the instance exited at 5s',
    });
  });
});
