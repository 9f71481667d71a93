import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { neverPolicyNoRestart } from './never-policy-no-restart.js';

describe(neverPolicyNoRestart.id, () => {
  it('passes when the failed container stays down', () => {
    const { trace, scenario } = traceOf(simpleSpec('Never', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 5_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .build();
    expect(neverPolicyNoRestart.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when it is started again', () => {
    const { trace, scenario } = traceOf(simpleSpec('Never', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 5_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 5_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .build();
    expect(neverPolicyNoRestart.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 5_000,
      container: 'app',
      observed: 'started again at 5s (restartCount 1)',
    });
  });

  it('allows the restart of a container removed from the runtime (no record, R4.1 rule 2)', () => {
    const { trace, scenario } = traceOf(simpleSpec('Never', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 10_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
      .event({ at: 10_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' })
      .event({ at: 10_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .build();
    expect(neverPolicyNoRestart.check(trace, scenario)).toEqual({ ok: true });
  });

  it('allows the restart an image update decided for a running instance that then exited 0 before its kill came (R4.2)', () => {
    // The sync that saw app running with a changed image first kills a sidecar for 7 s (its preStop);
    // app exits 0 meanwhile; then comes app's (idle) SpecChanged kill and the decided start.
    const spec = { initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }], containers: [{ name: 'app', image: 'busybox:1.36' }], restartPolicy: 'Never' as const };
    const build = (killed: boolean) => {
      const b = traceOf(spec)
        .event({ at: 0, type: 'ContainerStarted', container: 'side', restartCount: 0 })
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 10_000, type: 'ContainerKilling', container: 'side', reason: 'LivenessProbe', gracePeriodSeconds: 30 })
        .event({ at: 10_500, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
        .event({ at: 17_000, type: 'ContainerExited', container: 'side', exitCode: 0, reason: 'Completed' });
      if (killed) b.event({ at: 17_000, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 30 });
      return b.event({ at: 17_000, type: 'ContainerStarted', container: 'app', restartCount: 1 }).build();
    };
    const decided = build(true);
    expect(neverPolicyNoRestart.check(decided.trace, decided.scenario)).toEqual({ ok: true });
    const undecided = build(false);
    expect(neverPolicyNoRestart.check(undecided.trace, undecided.scenario)).toMatchObject({ ok: false, at: 17_000, container: 'app' });
  });
});
