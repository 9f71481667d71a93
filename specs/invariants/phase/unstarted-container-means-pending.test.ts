import { describe, expect, it } from 'vitest';
import { container, phase, running, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { unstartedContainerMeansPending } from './unstarted-container-means-pending.js';

describe(unstartedContainerMeansPending.id, () => {
  const two = { restartPolicy: 'Always' as const, containers: [{ name: 'app', image: 'busybox:1.36' }, { name: 'side', image: 'registry.example/side:1' }] };

  it('passes for E1: one container running, the other in ImagePullBackOff, phase Pending', () => {
    const { trace, scenario } = traceOf(two)
      .at(0, phase('Pending'), container('app', { state: running(0) }), container('side', { state: waiting('ErrImagePull') }))
      .at(10_000, container('side', { state: waiting('ImagePullBackOff') }))
      .build();
    expect(unstartedContainerMeansPending.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for a crash-looping container: Waiting with a previous exit counts as stopped (R1.3c)', () => {
    const { trace, scenario } = traceOf(two)
      .at(0, phase('Running'), container('app', { state: running(0) }), container('side', { state: running(0) }))
      .at(2000, container('side', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 0, 2000) }))
      .build();
    expect(unstartedContainerMeansPending.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the pod is Running while a container has never started (E1)', () => {
    const { trace, scenario } = traceOf(two)
      .at(0, phase('Pending'), container('app', { state: running(0) }), container('side', { state: waiting('ErrImagePull') }))
      .at(1000, phase('Running'))
      .build();
    expect(unstartedContainerMeansPending.check(trace, scenario)).toMatchObject({ ok: false, at: 1000, container: 'side', observed: 'phase Running' });
  });

  it('fails when the pod is Running while a regular init container runs', () => {
    const spec = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('init', { state: running(0) }))
      .build();
    expect(unstartedContainerMeansPending.check(trace, scenario)).toMatchObject({ ok: false, at: 0, container: 'init', expected: 'phase Pending while init is still running' });
  });

  it('does not judge a pod past its active deadline (the phase may be held back)', () => {
    const { trace, scenario } = traceOf({ ...two, activeDeadlineSeconds: 5 })
      .at(0, phase('Running'), container('app', { state: running(0) }), container('side', { state: running(0) }))
      .at(6000, container('side', { state: waiting('ErrImagePull'), lastState: {} }))
      .build();
    expect(unstartedContainerMeansPending.check(trace, scenario)).toEqual({ ok: true });
  });
});
