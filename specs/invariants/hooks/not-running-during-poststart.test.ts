import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { container, running, traceOf, waiting } from '../../testing/trace-builder.js';
import { notRunningDuringPoststart } from './not-running-during-poststart.js';

const spec: PodSpec = { containers: [{ name: 'a', image: 'busybox:1.36', lifecycle: { postStart: { exec: { command: ['warm-up'] } } } }] };

function hooked(runningAt: number) {
  return traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'a', restartCount: 0 })
    .event({ at: 0, type: 'HookStarted', container: 'a', hook: 'postStart' })
    .event({ at: 10_000, type: 'HookFinished', container: 'a', hook: 'postStart', result: 'Success' })
    .at(0, container('a', { state: waiting('ContainerCreating') }))
    .at(runningAt, container('a', { state: running(0), started: true, ready: true }))
    .build();
}

describe(notRunningDuringPoststart.id, () => {
  it('passes when Running (startedAt 0) is shown once the hook returned at 10 s (E15)', () => {
    const { trace, scenario } = hooked(10_000);
    expect(notRunningDuringPoststart.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when Running is shown at 4 s, during the hook', () => {
    const { trace, scenario } = hooked(4_000);
    expect(notRunningDuringPoststart.check(trace, scenario)).toMatchObject({ ok: false, at: 4_000, container: 'a', observed: 'state running (startedAt 0s) at 4s' });
  });
});
