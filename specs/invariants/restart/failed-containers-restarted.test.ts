import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { failedContainersRestarted } from './failed-containers-restarted.js';

/** Exits 1 at 1 s and 2 s; the third instance starts at `third` (s). */
function crashing(third: number | undefined) {
  const b = traceOf(simpleSpec('OnFailure', 'app'))
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 1_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
    .event({ at: 2_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' });
  if (third !== undefined) b.event({ at: third * 1000, type: 'ContainerStarted', container: 'app', restartCount: 2 });
  return b.until(120_000).build();
}

describe(failedContainersRestarted.id, () => {
  it('passes for restarts at once and after the 10 s back-off (+3 s of re-sync)', () => {
    const { trace, scenario } = crashing(15);
    expect(failedContainersRestarted.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the second exit is never followed by a restart (due by 2 + 10 + 17 = 29 s)', () => {
    const { trace, scenario } = crashing(undefined);
    expect(failedContainersRestarted.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 29_000,
      container: 'app',
      expected: 'a new instance by 29s after the exit 1 at 2s (back-off at most 10s)',
      observed: 'not started again',
    });
  });

  it('does not expect a restart once the pod is being deleted', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false })
      .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 143, reason: 'Error' })
      .until(120_000)
      .build();
    expect(failedContainersRestarted.check(trace, scenario)).toEqual({ ok: true });
  });
});

describe(`${failedContainersRestarted.id}: what the decision reads`, () => {
  it('under Always expects a restart after an exit 0 too (first exit: due by 5 + 0 + 17 = 22 s)', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 5_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .until(120_000)
      .build();
    expect(failedContainersRestarted.check(trace, scenario)).toMatchObject({ ok: false, at: 22_000, observed: 'not started again' });
  });

  it('under OnFailure decides on the record left when the newest was removed from the runtime (it exited 0: no restart)', () => {
    const { trace, scenario } = traceOf(simpleSpec('OnFailure', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 500, type: 'ContainerKilling', container: 'app', reason: 'SpecChanged', gracePeriodSeconds: 0 })
      .event({ at: 500, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 500, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
      .event({ at: 1_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' })
      .until(120_000)
      .build();
    expect(failedContainersRestarted.check(trace, scenario)).toEqual({ ok: true });
  });
});
