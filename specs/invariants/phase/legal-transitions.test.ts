import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { legalTransitions } from './legal-transitions.js';

describe(legalTransitions.id, () => {
  const spec = { restartPolicy: 'Always' as const, initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };

  it('passes for Pending → Running → Pending → Running around a node reboot (E21)', () => {
    // init 0–2 s, app from 2 s; reboot at 30 s: new sandbox (attempt 1), init re-runs 30–32 s
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init', { state: running(0) }))
      .at(2000, phase('Running'), container('init', { state: terminated(0, 0, 2000) }), container('app', { state: running(2000) }))
      .at(30_000, phase('Running'), container('app', { state: terminated(255, 2000, 30_000, 'Unknown') }))
      .at(30_000, phase('Pending'), container('init', { state: running(30_000), restartCount: 1 }))
      .at(32_000, phase('Running'), container('init', { state: terminated(0, 30_000, 32_000) }), container('app', { state: running(32_000), restartCount: 1 }))
      .event({ at: 0, type: 'SandboxCreated', attempt: 0 })
      .event({ at: 30_000, type: 'SandboxCreated', attempt: 1 })
      .build();
    expect(legalTransitions.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for Pending → Failed (a pod deleted before it started)', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(0, phase('Pending'), container('app', { state: waiting('ErrImagePull') }))
      .at(20_000, phase('Failed'), container('app', { state: terminated(137, null, null, 'ContainerStatusUnknown') }))
      .build();
    expect(legalTransitions.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for Running → Pending after the only regular container was removed from the runtime (E13)', () => {
    const withSidecar = { restartPolicy: 'Always' as const, initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
    const { trace, scenario } = traceOf(withSidecar)
      .at(0, phase('Running'), container('side', { state: running(0), started: true }), container('app', { state: running(0) }))
      .at(40_000, container('side', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 0, 30_000), started: false }),
        container('app', { state: waiting('PodInitializing'), lastState: terminated(137, 0, 40_000, 'ContainerStatusUnknown') }))
      .at(50_000, phase('Pending'), container('side', { state: running(50_000), restartCount: 1 }))
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 40_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
      .event({ at: 40_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' })
      .build();
    expect(legalTransitions.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails on Running → Pending without a new sandbox', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'), container('init', { state: running(0) }))
      .at(2000, phase('Running'), container('init', { state: terminated(0, 0, 2000) }), container('app', { state: running(2000) }))
      .at(9000, phase('Pending'))
      .event({ at: 0, type: 'SandboxCreated', attempt: 0 })
      .event({ at: 2000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .build();
    expect(legalTransitions.check(trace, scenario)).toMatchObject({ ok: false, at: 9000, observed: 'Running → Pending' });
  });

  it('passes for Running ↔ Pending while an init container crash-loops in a re-created sandbox (OnFailure)', () => {
    // reboot at 30 s: the app of the old sandbox shows terminated (255), init re-runs and fails at 31 s,
    // between attempts getPhase sees no pending init container and answers Running (OnFailure, stopped)
    const { trace, scenario } = traceOf({ ...spec, restartPolicy: 'OnFailure' })
      .at(2000, phase('Running'), container('init', { state: terminated(0, 0, 2000) }), container('app', { state: running(2000) }))
      .at(30_000, container('app', { state: terminated(255, 2000, 30_000, 'Unknown') }))
      .at(30_000, phase('Pending'), container('init', { state: running(30_000), restartCount: 1 }))
      .at(31_000, phase('Running'), container('init', { state: terminated(1, 30_000, 31_000) }))
      .at(31_000, phase('Pending'), container('init', { state: running(31_000), lastState: terminated(1, 30_000, 31_000), restartCount: 2 }))
      .event({ at: 2000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 30_000, type: 'SandboxCreated', attempt: 1 })
      .build();
    expect(legalTransitions.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails on Running → Pending after the re-created sandbox has initialized', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Pending'))
      .at(2000, phase('Running'))
      .at(30_000, phase('Pending'))
      .at(32_000, phase('Running'))
      .at(50_000, phase('Pending'))
      .event({ at: 30_000, type: 'SandboxCreated', attempt: 1 })
      .event({ at: 32_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .build();
    expect(legalTransitions.check(trace, scenario)).toMatchObject({ ok: false, at: 50_000, expected: 'Running → Pending only while the pod re-initializes (new sandbox, or every regular container record gone)' });
  });

  it('fails on Succeeded → Failed', () => {
    const { trace, scenario } = traceOf(simpleSpec('Never', 'app'))
      .at(0, phase('Running'))
      .at(5000, phase('Succeeded'))
      .at(6000, phase('Failed'))
      .build();
    expect(legalTransitions.check(trace, scenario)).toMatchObject({ ok: false, at: 6000, observed: 'Succeeded → Failed', expected: 'Succeeded → nothing' });
  });

  it('places a start in the same millisecond as a sandbox re-creation by trace order: before it, it belongs to the old sandbox', () => {
    // init 0–2 s, app from 2 s; at 13.5 s app is restarted and, in the same millisecond, the node
    // reboots (new sandbox); the status written at 13.5 s says Running, the next one (14 s, init
    // re-running) Pending — legal: no regular container has a record in the new sandbox.
    const build = (appFirst: boolean) => {
      const b = traceOf(spec)
        .at(0, phase('Pending'), container('init', { state: running(0) }))
        .at(2000, phase('Running'), container('init', { state: terminated(0, 0, 2000) }), container('app', { state: running(2000) }))
        .at(13_500, phase('Running'))
        .at(14_000, phase('Pending'), container('init', { state: running(13_500), restartCount: 1 }))
        .event({ at: 0, type: 'SandboxCreated', attempt: 0 })
        .event({ at: 0, type: 'ContainerStarted', container: 'init', restartCount: 0 })
        .event({ at: 2000, type: 'ContainerExited', container: 'init', exitCode: 0, reason: 'Completed' })
        .event({ at: 2000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 13_500, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' });
      const appStart = { at: 13_500, type: 'ContainerStarted', container: 'app', restartCount: 1 } as const;
      if (appFirst) b.event(appStart);
      b.event({ at: 13_500, type: 'SandboxCreated', attempt: 1 });
      if (!appFirst) b.event(appStart);
      return b.event({ at: 13_500, type: 'ContainerStarted', container: 'init', restartCount: 1 }).until(20_000).build();
    };
    const oldSandbox = build(true);
    expect(legalTransitions.check(oldSandbox.trace, oldSandbox.scenario)).toEqual({ ok: true });
    // Started after the re-creation, app has a record in the new sandbox: the pod has initialized.
    const newSandbox = build(false);
    expect(legalTransitions.check(newSandbox.trace, newSandbox.scenario)).toMatchObject({ ok: false, at: 14_000, observed: 'Running → Pending' });
  });
});
