import { describe, expect, it } from 'vitest';
import { condition, container, running, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { initializedStaysTrue } from './initialized-stays-true.js';

describe(initializedStaysTrue.id, () => {
  const withInit = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
  const withSidecar = { initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }], containers: [{ name: 'app', image: 'busybox:1.36' }] };

  it('passes for False while init runs, True after, and False again only in a new sandbox', () => {
    const { trace, scenario } = traceOf(withInit)
      .at(0, condition('Initialized', 'False', 0, { reason: 'ContainersNotInitialized' }), container('init', { state: running(0) }))
      .at(2000, condition('Initialized', 'True', 2000), container('init', { state: terminated(0, 0, 2000), ready: true }), container('app', { state: running(2000) }))
      .at(30_000, condition('Initialized', 'False', 30_000, { reason: 'ContainersNotInitialized' }), container('init', { state: running(30_000), ready: false }), container('app', { state: waiting('PodInitializing'), lastState: terminated(255, 2000, 30_000, 'Unknown') }))
      .event({ at: 30_000, type: 'SandboxCreated', attempt: 1 })
      .build();
    expect(initializedStaysTrue.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for a sidecar restarting while the only app container waits to restart (generate.go answers False)', () => {
    const { trace, scenario } = traceOf(withSidecar)
      .at(0, condition('Initialized', 'True', 0), container('side', { state: running(0), started: true }), container('app', { state: running(0) }))
      .at(20_000, condition('Initialized', 'False', 20_000, { reason: 'ContainersNotInitialized' }),
        container('side', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 0, 15_000), started: false }),
        container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 0, 18_000) }))
      .build();
    expect(initializedStaysTrue.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for True then False in a re-created sandbox before its app starts (old init statuses shown until init re-runs)', () => {
    const spec = { initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }, { name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
    const { trace, scenario } = traceOf(spec)
      .at(0, condition('Initialized', 'True', 0), container('side', { state: running(0), started: true }), container('init', { state: terminated(0, 0, 1000), ready: true }), container('app', { state: running(1000) }))
      .at(30_000, condition('Initialized', 'False', 30_000), container('side', { state: terminated(255, 0, 30_000, 'Unknown'), started: false }), container('app', { state: terminated(255, 1000, 30_000, 'Unknown') }))
      .at(33_000, condition('Initialized', 'True', 33_000), container('side', { state: running(30_000), started: true, restartCount: 1 }))
      .at(33_000, condition('Initialized', 'False', 33_000), container('init', { state: running(33_000), ready: false, restartCount: 1 }))
      .event({ at: 1000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 30_000, type: 'SandboxCreated', attempt: 1 })
      .build();
    expect(initializedStaysTrue.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when Initialized turns False in the same sandbox while the app runs', () => {
    const { trace, scenario } = traceOf(withInit)
      .at(0, condition('Initialized', 'False', 0, { reason: 'ContainersNotInitialized' }), container('init', { state: running(0) }))
      .at(2000, condition('Initialized', 'True', 2000), container('init', { state: terminated(0, 0, 2000), ready: true }), container('app', { state: running(2000) }))
      .at(9000, condition('Initialized', 'False', 9000, { reason: 'ContainersNotInitialized' }))
      .event({ at: 2000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .build();
    expect(initializedStaysTrue.check(trace, scenario)).toMatchObject({ ok: false, at: 9000, observed: 'Initialized False (ContainersNotInitialized)' });
  });
});
