import { describe, expect, it } from 'vitest';
import { container, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { lastStateIsPreviousInstance } from './last-state-is-previous-instance.js';

/** Instances: 0 → exit 1 at 1 s; 1 (1 s) → exit 2 at 2 s; 2 starts at 12 s. */
function crashing() {
  return traceOf(simpleSpec('Always', 'app'))
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 1_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
    .event({ at: 2_000, type: 'ContainerExited', container: 'app', exitCode: 2, reason: 'Error' })
    .event({ at: 12_000, type: 'ContainerStarted', container: 'app', restartCount: 2 });
}

describe(lastStateIsPreviousInstance.id, () => {
  it('passes: running #1 shows #0’s exit, waiting shows #1’s, running #2 shows #1’s', () => {
    const { trace, scenario } = crashing()
      .at(0, container('app', { state: running(0) }))
      .at(1_000, container('app', { state: running(1_000), lastState: terminated(1, 0, 1_000), restartCount: 1 }))
      .at(2_000, container('app', { state: terminated(2, 1_000, 2_000), lastState: terminated(1, 0, 1_000) }))
      .at(5_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(2, 1_000, 2_000) }))
      .at(12_000, container('app', { state: running(12_000), restartCount: 2 }))
      .build();
    expect(lastStateIsPreviousInstance.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the running instance #2 shows the exit of #0 instead of #1', () => {
    const { trace, scenario } = crashing()
      .at(12_000, container('app', { state: running(12_000), lastState: terminated(1, 0, 1_000), restartCount: 2 }))
      .build();
    expect(lastStateIsPreviousInstance.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 12_000,
      container: 'app',
      expected: 'lastState: exit 2 of the instance started at 1s, finished at 2s',
      observed: 'lastState.terminated with exit code 1 (state running, restartCount 2)',
    });
  });
});

describe(`${lastStateIsPreviousInstance.id} with whole-second API times`, () => {
  // As on v1.34.10: #0 ran 1096–1105 ms, #1 started at 1278 ms; the API shows both starts as 1 s.
  function sameSecond() {
    return traceOf(simpleSpec('Always', 'app'))
      .event({ at: 1_096, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1_105, type: 'ContainerExited', container: 'app', exitCode: 2, reason: 'Error' })
      .event({ at: 1_278, type: 'ContainerStarted', container: 'app', restartCount: 1 });
  }

  it('passes: the status with restartCount 1 shows #1, whose previous instance is #0', () => {
    const { trace, scenario } = sameSecond()
      .at(2_196, container('app', { state: running(1_000), lastState: terminated(2, 1_000, 1_000), restartCount: 1 }))
      .build();
    expect(lastStateIsPreviousInstance.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when that status shows an exit #0 did not make', () => {
    const { trace, scenario } = sameSecond()
      .at(2_196, container('app', { state: running(1_000), lastState: terminated(7, 1_000, 1_000), restartCount: 1 }))
      .build();
    expect(lastStateIsPreviousInstance.check(trace, scenario)).toMatchObject({ ok: false, at: 2_196, observed: 'lastState.terminated with exit code 7 (state running, restartCount 1)' });
  });
});

describe(`${lastStateIsPreviousInstance.id} after TerminatePod`, () => {
  it('keeps the newest exit as lastState under a synthesized ContainerStatusUnknown state (E25)', () => {
    const { trace, scenario } = crashing()
      .at(5_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(2, 1_000, 2_000), restartCount: 1 }))
      .at(
        6_000,
        container('app', { state: { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', startedAt: null, finishedAt: null } } }),
      )
      .build();
    expect(lastStateIsPreviousInstance.check(trace, scenario)).toEqual({ ok: true });
  });
});

describe(`${lastStateIsPreviousInstance.id} after a removal`, () => {
  it('skips an instance whose record was removed from the runtime (crictl rm): lastState is the one before it', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
      .event({ at: 1_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 5_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
      .event({ at: 5_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' })
      .event({ at: 15_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .at(15_000, container('app', { state: running(15_000), lastState: terminated(0, 0, 1_000), restartCount: 1 }))
      .build();
    expect(lastStateIsPreviousInstance.check(trace, scenario)).toEqual({ ok: true });
  });

  it('accepts a waiting status written in the same millisecond as, and before, the next instance starts and exits', () => {
    // An init container done at 0 s; a node reboot at 0.5 s purges it; its image cannot be pulled until
    // the 10 s re-sync, whose status (written first) shows ErrImagePull and, carried over, the old exit;
    // the same sync then starts it and it exits at once — all at 10.5 s (restartCount 0 again: purged).
    const spec = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
    const build = (waitingAt: number) =>
      traceOf(spec)
        .event({ at: 0, type: 'ContainerStarted', container: 'init', restartCount: 0 })
        .event({ at: 0, type: 'ContainerExited', container: 'init', exitCode: 0, reason: 'Completed' })
        .event({ at: 500, type: 'SandboxCreated', attempt: 1 })
        .event({ at: 10_500, type: 'ContainerStarted', container: 'init', restartCount: 0 })
        .event({ at: 10_500, type: 'ContainerExited', container: 'init', exitCode: 0, reason: 'Completed' })
        .at(0, container('init', { state: terminated(0, 0, 0) }))
        .at(waitingAt, container('init', { state: waiting('ErrImagePull'), lastState: terminated(0, 0, 0) }))
        .until(20_000)
        .build();
    const sameInstant = build(10_500);
    expect(lastStateIsPreviousInstance.check(sameInstant.trace, sameInstant.scenario)).toEqual({ ok: true });
    // A second later the 10.5 s exit is surely known: the status must show it.
    const later = build(11_600);
    expect(lastStateIsPreviousInstance.check(later.trace, later.scenario)).toMatchObject({ ok: false, at: 11_600, container: 'init' });
  });
});
