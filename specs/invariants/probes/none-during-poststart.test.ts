import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { noneDuringPoststart } from './none-during-poststart.js';

const spec: PodSpec = {
  containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['r'] }, periodSeconds: 1 }, lifecycle: { postStart: { exec: { command: ['warm'] } } } }],
};

/** Instance 0 exits at 10 s; instance 1 starts at 10 s with a 5 s postStart. */
function restarted(probeAt: number) {
  return traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 0, type: 'HookStarted', container: 'app', hook: 'postStart' })
    .event({ at: 1_000, type: 'HookFinished', container: 'app', hook: 'postStart', result: 'Success' })
    .event({ at: 10_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 10_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
    .event({ at: 10_000, type: 'HookStarted', container: 'app', hook: 'postStart' })
    .event({ at: probeAt, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
    .event({ at: 15_000, type: 'HookFinished', container: 'app', hook: 'postStart', result: 'Success' })
    .build();
}

describe(noneDuringPoststart.id, () => {
  it('passes for a probe recorded within 1 s of the old instance’s exit', () => {
    const { trace, scenario } = restarted(10_500);
    expect(noneDuringPoststart.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for a probe at 12 s, while the new instance is still in its postStart', () => {
    const { trace, scenario } = restarted(12_000);
    expect(noneDuringPoststart.check(trace, scenario)).toMatchObject({ ok: false, at: 12_000, container: 'app', observed: 'readiness result Success at 12s' });
  });
});
