import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, phase, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { terminalAfterContainersStopped } from './terminal-after-containers-stopped.js';

// A Job-style pod with a sidecar (E8, E11): the main container completes at 10 s, the sidecar is stopped at 12 s.
const spec: PodSpec = {
  restartPolicy: 'Never',
  initContainers: [{ name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always' }],
  containers: [{ name: 'main', image: 'busybox:1.36' }],
};

function job(terminalAt: number) {
  return traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'proxy', restartCount: 0 })
    .event({ at: 0, type: 'ContainerStarted', container: 'main', restartCount: 0 })
    .event({ at: 10_000, type: 'ContainerExited', container: 'main', exitCode: 0, reason: 'Completed' })
    .event({ at: 10_000, type: 'ContainerKilling', container: 'proxy', reason: 'NoContainerToKeep', gracePeriodSeconds: 30 })
    .event({ at: 12_000, type: 'ContainerExited', container: 'proxy', exitCode: 143, reason: 'Error' })
    .at(0, phase('Running'), container('proxy', { state: running(0) }), container('main', { state: running(0) }))
    .at(terminalAt, phase('Succeeded'), container('main', { state: terminated(0, 0, 10_000) }))
    .build();
}

describe(terminalAfterContainersStopped.id, () => {
  it('passes when Succeeded is shown after the sidecar stopped (12 s)', () => {
    const { trace, scenario } = job(12_000);
    expect(terminalAfterContainersStopped.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when Succeeded is shown at 10 s while the sidecar runs until 12 s (E8)', () => {
    const { trace, scenario } = job(10_000);
    expect(terminalAfterContainersStopped.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 10_000,
      container: 'proxy',
      observed: 'terminal phase at 10s, proxy exited only at 12s',
    });
  });
});
