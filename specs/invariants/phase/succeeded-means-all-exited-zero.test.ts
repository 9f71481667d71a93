import { describe, expect, it } from 'vitest';
import { container, phase, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { succeededMeansAllExitedZero } from './succeeded-means-all-exited-zero.js';

describe(succeededMeansAllExitedZero.id, () => {
  // E11: a job with a sidecar; the sidecar's 137 does not matter.
  const spec = {
    restartPolicy: 'Never' as const,
    initContainers: [{ name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always' as const }],
    containers: [{ name: 'job', image: 'busybox:1.36' }, { name: 'report', image: 'busybox:1.36' }],
  };
  it('passes when both regular containers exited 0, whatever the sidecar did', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('proxy', { state: running(0), started: true }), container('job', { state: running(0) }), container('report', { state: running(0) }))
      .at(8000, phase('Succeeded'), container('proxy', { state: terminated(137, 0, 8000) }), container('job', { state: terminated(0, 0, 5000) }), container('report', { state: terminated(0, 0, 7000) }))
      .build();
    expect(succeededMeansAllExitedZero.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a regular container exited 1', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('proxy', { state: running(0), started: true }), container('job', { state: running(0) }), container('report', { state: running(0) }))
      .at(8000, phase('Succeeded'), container('proxy', { state: terminated(0, 0, 8000) }), container('job', { state: terminated(0, 0, 5000) }), container('report', { state: terminated(1, 0, 7000) }))
      .build();
    expect(succeededMeansAllExitedZero.check(trace, scenario)).toMatchObject({ ok: false, at: 8000, container: 'report', observed: 'terminated with exit code 1' });
  });
});
