import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { onFailureSuccessNotRestarted } from './on-failure-success-not-restarted.js';

describe(onFailureSuccessNotRestarted.id, () => {
  it('passes when a failure is restarted and the success that follows is not', () => {
    const { trace, scenario } = traceOf(simpleSpec('OnFailure', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 3_000, type: 'ContainerExited', container: 'app', exitCode: 2, reason: 'Error' })
      .event({ at: 3_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 8_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .build();
    expect(onFailureSuccessNotRestarted.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the container that exited 0 is started again', () => {
    const { trace, scenario } = traceOf(simpleSpec('OnFailure', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 8_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 8_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .build();
    expect(onFailureSuccessNotRestarted.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 8_000,
      container: 'app',
      expected: 'no new instance after the exit 0 at 8s under restartPolicy OnFailure',
    });
  });

  it('allows the restart decided when the kubelet killed it for its liveness probe', () => {
    const { trace, scenario } = traceOf(simpleSpec('OnFailure', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 30_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
      .event({ at: 30_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 30_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .build();
    expect(onFailureSuccessNotRestarted.check(trace, scenario)).toEqual({ ok: true });
  });

  it('allows it when the instance exited 0 on its own before the kill decided on its liveness failure came', () => {
    // The sync that read app's liveness Failure first kills a sidecar for 2 s; app exits 0 meanwhile;
    // then comes app's (idle) kill and the start decided with it (SyncPod: kill all, then start).
    const spec = { initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }], containers: [{ name: 'app', image: 'busybox:1.36' }], restartPolicy: 'OnFailure' as const };
    const build = (killed: boolean) => {
      const b = traceOf(spec)
        .event({ at: 0, type: 'ContainerStarted', container: 'side', restartCount: 0 })
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 50_000, type: 'ContainerKilling', container: 'side', reason: 'SpecChanged', gracePeriodSeconds: 0 })
        .event({ at: 50_500, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
        .event({ at: 52_000, type: 'ContainerExited', container: 'side', exitCode: 137, reason: 'Error' });
      if (killed) b.event({ at: 52_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 0 });
      return b.event({ at: 52_000, type: 'ContainerStarted', container: 'app', restartCount: 1 }).build();
    };
    const decided = build(true);
    expect(onFailureSuccessNotRestarted.check(decided.trace, decided.scenario)).toEqual({ ok: true });
    const undecided = build(false);
    expect(onFailureSuccessNotRestarted.check(undecided.trace, undecided.scenario)).toMatchObject({ ok: false, at: 52_000, container: 'app' });
  });
});
