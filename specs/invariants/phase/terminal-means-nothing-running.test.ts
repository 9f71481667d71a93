import { describe, expect, it } from 'vitest';
import { container, phase, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { terminalMeansNothingRunning } from './terminal-means-nothing-running.js';

describe(terminalMeansNothingRunning.id, () => {
  // E8: a job whose sidecar ignores SIGTERM; the job exits 0 at 5 s, the sidecar is killed at 15 s.
  const spec = {
    restartPolicy: 'Never' as const,
    initContainers: [{ name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always' as const }],
    containers: [{ name: 'job', image: 'busybox:1.36' }],
  };
  it('passes when Succeeded waits for the sidecar to stop', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('proxy', { state: running(0), started: true }), container('job', { state: running(0) }))
      .at(5000, container('job', { state: terminated(0, 0, 5000) }))
      .at(15_000, phase('Succeeded'), container('proxy', { state: terminated(137, 0, 15_000), started: false }))
      .build();
    expect(terminalMeansNothingRunning.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when Succeeded is shown while the sidecar still runs', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('proxy', { state: running(0), started: true }), container('job', { state: running(0) }))
      .at(5000, phase('Succeeded'), container('job', { state: terminated(0, 0, 5000) }))
      .at(15_000, container('proxy', { state: terminated(137, 0, 15_000), started: false }))
      .build();
    expect(terminalMeansNothingRunning.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, container: 'proxy' });
  });
});
