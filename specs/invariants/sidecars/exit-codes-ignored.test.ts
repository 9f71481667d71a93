import { describe, expect, it } from 'vitest';
import { container, phase, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { exitCodesIgnored } from './exit-codes-ignored.js';

describe(exitCodesIgnored.id, () => {
  // E11: a Never job with a sidecar; the job exits 0 at 10 s, the sidecar is killed (143).
  const spec = {
    restartPolicy: 'Never' as const,
    initContainers: [{ name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always' as const }],
    containers: [{ name: 'job', image: 'busybox:1.36' }],
  };
  const runningJob = () => traceOf(spec).at(0, phase('Running'), container('proxy', { state: running(0), started: true }), container('job', { state: running(0) }));

  it('passes for E11: Succeeded although the sidecar exited 143', () => {
    const { trace, scenario } = runningJob()
      .at(10_000, phase('Succeeded'), container('job', { state: terminated(0, 0, 10_000) }), container('proxy', { state: terminated(143, 0, 10_000), started: false }))
      .build();
    expect(exitCodesIgnored.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for Failed when the job itself failed', () => {
    const { trace, scenario } = runningJob()
      .at(10_000, phase('Failed'), container('job', { state: terminated(2, 0, 10_000) }), container('proxy', { state: terminated(143, 0, 10_000), started: false }))
      .build();
    expect(exitCodesIgnored.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the sidecar’s 143 makes the pod Failed', () => {
    const { trace, scenario } = runningJob()
      .at(10_000, phase('Failed'), container('job', { state: terminated(0, 0, 10_000) }), container('proxy', { state: terminated(143, 0, 10_000), started: false }))
      .build();
    expect(exitCodesIgnored.check(trace, scenario)).toMatchObject({ ok: false, at: 10_000, container: 'proxy', observed: 'Failed (sidecar proxy exited 143)' });
  });
});
