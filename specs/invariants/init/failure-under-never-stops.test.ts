import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { traceOf } from '../../testing/trace-builder.js';
import { failureUnderNeverStops } from './failure-under-never-stops.js';

const spec = (restartPolicy: 'Never' | 'OnFailure') => ({
  restartPolicy,
  initContainers: [{ name: 'init1', image: 'busybox:1.36' }, { name: 'init2', image: 'busybox:1.36' }],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
});
const started = (at: number, container: string, restartCount = 0): TraceEvent => ({ at, type: 'ContainerStarted', container, restartCount });
const exited = (at: number, container: string, exitCode: number): TraceEvent => ({ at, type: 'ContainerExited', container, exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' });
const build = (policy: 'Never' | 'OnFailure', ...events: TraceEvent[]) => {
  const b = traceOf(spec(policy));
  for (const e of events) b.event(e);
  return b.build();
};

describe(failureUnderNeverStops.id, () => {
  it('passes when nothing starts after init1 fails under Never', () => {
    const { trace, scenario } = build('Never', started(0, 'init1'), exited(2000, 'init1', 1));
    expect(failureUnderNeverStops.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when init1 is restarted under Never (the OnFailure behaviour)', () => {
    const { trace, scenario } = build('Never', started(0, 'init1'), exited(2000, 'init1', 1), started(2000, 'init1', 1), exited(4000, 'init1', 0), started(4000, 'init2'));
    expect(failureUnderNeverStops.check(trace, scenario)).toMatchObject({ ok: false, at: 2000, container: 'init1', observed: 'init1 started' });
  });

  it('fails when the app starts after init2 failed', () => {
    const { trace, scenario } = build('Never', started(0, 'init1'), exited(1000, 'init1', 0), started(1000, 'init2'), exited(2000, 'init2', 3), started(2500, 'app'));
    expect(failureUnderNeverStops.check(trace, scenario)).toMatchObject({ ok: false, at: 2500, container: 'app' });
  });

  it('does not apply under OnFailure', () => {
    const { trace, scenario } = build('OnFailure');
    expect(failureUnderNeverStops.appliesTo!(scenario, trace)).toEqual({ skip: 'no regular init container runs under restartPolicy Never' });
  });
});
