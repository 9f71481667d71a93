import { describe, expect, it } from 'vitest';
import { container, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { noCrashLoopOnFirstExit } from './no-crash-loop-on-first-exit.js';

describe(noCrashLoopOnFirstExit.id, () => {
  it('passes when back-off appears after the second exit (E5)', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 1_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 2_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .at(1_000, container('app', { state: running(1_000), lastState: terminated(1, 0, 1_000), restartCount: 1 }))
      .at(3_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 1_000, 2_000) }))
      .build();
    expect(noCrashLoopOnFirstExit.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the first exit already shows CrashLoopBackOff', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .at(3_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 0, 1_000) }))
      .build();
    expect(noCrashLoopOnFirstExit.check(trace, scenario)).toMatchObject({ ok: false, at: 3_000, container: 'app', observed: 'CrashLoopBackOff at 3s after 1 exit' });
  });
});

describe(`${noCrashLoopOnFirstExit.id} with failed starts`, () => {
  it('accepts back-off after one exit when a start attempt then failed at the image (it advanced the back-off)', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 1_000, type: 'ImagePullFailed', container: 'app', image: 'busybox:1.37' })
      .at(11_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(0, 0, 1_000) }))
      .build();
    expect(noCrashLoopOnFirstExit.check(trace, scenario)).toEqual({ ok: true });
  });
});
