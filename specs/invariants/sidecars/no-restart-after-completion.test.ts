import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { noRestartAfterCompletion } from './no-restart-after-completion.js';

const spec = (restartPolicy: 'Never' | 'OnFailure') => ({
  restartPolicy,
  initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }],
  containers: [{ name: 'job', image: 'busybox:1.36' }],
});
const started = (at: number, container: string, restartCount = 0): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount });
const exited = (at: number, container: string, exitCode: number): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const build = (policy: 'Never' | 'OnFailure', ...events: TraceEvent[]) => {
  const b = traceOf(spec(policy));
  for (const e of events) b.event(e);
  return b.build();
};

describe(noRestartAfterCompletion.id, () => {
  it('passes when the sidecar is killed with the finished job and stays down', () => {
    const { trace, scenario } = build('Never', started(0, 'side'), started(0, 'job'), exited(10_000, 'job', 0), exited(10_000, 'side', 143));
    expect(noRestartAfterCompletion.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes under OnFailure when the job failed: it will be restarted, so the pod is not finished', () => {
    const { trace, scenario } = build('OnFailure', started(0, 'side'), started(0, 'job'), exited(10_000, 'job', 1), exited(12_000, 'side', 1), started(12_000, 'side', 1));
    expect(noRestartAfterCompletion.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes when the last sidecar was down as the job finished: re-initialized first, then killed (computeInitContainerActions)', () => {
    const { trace, scenario } = build('Never', started(0, 'side'), started(0, 'job'), exited(8000, 'side', 1), started(8000, 'side', 1), exited(9000, 'side', 1),
      exited(10_000, 'job', 0), started(19_000, 'side', 2), { at: 19_000, type: 'ContainerKilling', container: 'side', reason: 'NoContainerToKeep', gracePeriodSeconds: 30 }, exited(19_000, 'side', 0));
    expect(noRestartAfterCompletion.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the sidecar is restarted after the Never job completed (sidecars keeping a Job alive)', () => {
    // finished at 10 s with the sidecar running and started; tolerance 2 s → a start at 15 s is too late
    const { trace, scenario } = build('Never', started(0, 'side'), started(0, 'job'), exited(10_000, 'job', 0), exited(15_000, 'side', 1), started(15_000, 'side', 1));
    expect(noRestartAfterCompletion.check(trace, scenario)).toMatchObject({ ok: false, at: 15_000, container: 'side', observed: 'side started' });
  });
});
