import { describe, expect, it } from 'vitest';
import { container, phase, running, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { failedInitUnderNeverFails } from './failed-init-under-never-fails.js';

describe(failedInitUnderNeverFails.id, () => {
  const spec = {
    restartPolicy: 'Never' as const,
    terminationGracePeriodSeconds: 10,
    initContainers: [{ name: 'init', image: 'busybox:1.36' }],
    containers: [{ name: 'app', image: 'busybox:1.36' }],
  };
  const failing = () =>
    traceOf(spec)
      .at(0, phase('Pending'), container('init', { state: running(0) }))
      .event({ at: 0, type: 'ContainerStarted', container: 'init', restartCount: 0 })
      .event({ at: 2000, type: 'ContainerExited', container: 'init', exitCode: 1, reason: 'Error' });

  it('passes when the pod is Failed as the init container fails', () => {
    const { trace, scenario } = failing()
      .at(2000, phase('Failed'), container('init', { state: terminated(1, 0, 2000) }), container('app', { state: waiting('PodInitializing') }))
      .until(60_000)
      .build();
    expect(failedInitUnderNeverFails.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the pod stays Pending (a kubelet that restarts nothing but never fails the pod)', () => {
    // due: failure at 2 s + two grace periods of 10 s + tolerance 10 s = 32 s
    const { trace, scenario } = failing()
      .at(2000, container('init', { state: terminated(1, 0, 2000) }))
      .until(60_000)
      .build();
    expect(failedInitUnderNeverFails.check(trace, scenario)).toMatchObject({ ok: false, at: 32_000, container: 'init', observed: 'phase Pending' });
  });

  it('fails when the pod goes Running after the failure', () => {
    const { trace, scenario } = failing()
      .at(2000, container('init', { state: terminated(1, 0, 2000) }))
      .at(3000, phase('Running'), container('app', { state: running(3000) }))
      .until(60_000)
      .build();
    expect(failedInitUnderNeverFails.check(trace, scenario)).toMatchObject({ ok: false, at: 3000, observed: 'phase Running' });
  });

  it('cannot judge the deadline past the horizon', () => {
    const { trace, scenario } = failing()
      .at(2000, container('init', { state: terminated(1, 0, 2000) }))
      .until(31_000)
      .build();
    expect(failedInitUnderNeverFails.check(trace, scenario)).toEqual({ ok: true });
  });
});
