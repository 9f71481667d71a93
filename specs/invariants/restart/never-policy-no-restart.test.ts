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
});
