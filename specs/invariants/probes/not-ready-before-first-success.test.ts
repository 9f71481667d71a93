import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, running, terminated, traceOf } from '../../testing/trace-builder.js';
import { notReadyBeforeFirstSuccess } from './not-ready-before-first-success.js';

const spec: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] } } }] };

/** Ready at 0 s after a Success, crashes at 30 s, restarted at once. */
function restarted() {
  return traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
    .at(0, container('app', { state: running(0), started: true, ready: true }))
    .event({ at: 30_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 30_000, type: 'ContainerStarted', container: 'app', restartCount: 1 });
}

describe(notReadyBeforeFirstSuccess.id, () => {
  it('passes when the new instance starts not ready and turns ready at its own first Success (40 s)', () => {
    const { trace, scenario } = restarted()
      .at(30_000, container('app', { state: running(30_000), lastState: terminated(1, 0, 30_000), restartCount: 1, ready: false }))
      .event({ at: 40_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
      .at(40_000, container('app', { ready: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when readiness is carried over to the restarted instance', () => {
    const { trace, scenario } = restarted()
      .at(30_000, container('app', { state: running(30_000), lastState: terminated(1, 0, 30_000), restartCount: 1, ready: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 30_000,
      container: 'app',
      expected: 'ready false until a readiness Success of the instance started at 30s',
    });
  });

  it('fails when a container with a startup probe shows started before its startup Success', () => {
    const withStartup: PodSpec = { containers: [{ name: 'app', image: 'busybox:1.36', startupProbe: { exec: { command: ['s'] } } }] };
    const { trace, scenario } = traceOf(withStartup)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 0, type: 'ProbeResult', container: 'app', probe: 'startup', result: 'Failure' })
      .at(2_000, container('app', { state: running(0), started: true, ready: true }))
      .build();
    expect(notReadyBeforeFirstSuccess.check(trace, scenario)).toMatchObject({ ok: false, at: 2_000, observed: 'started true at 2s with no startup Success of that instance' });
  });
});
