import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { restartCountIncrements } from './restart-count-increments.js';

describe(restartCountIncrements.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes for 0, 1, 2', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 1000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 2000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 12000, type: 'ContainerStarted', container: 'app', restartCount: 2 })
      .build();
    expect(restartCountIncrements.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when the count resets to 0 on a restart', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 1000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 2000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 12000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .build();
    expect(restartCountIncrements.check(trace, scenario)).toMatchObject({ ok: false, at: 12000, container: 'app', expected: 'restartCount 2' });
  });

  it('lets a sidecar purged with a re-created sandbox start over, also when its last instance started in the same instant', () => {
    // A runtime kill and a node reboot at 16.5 s: the sidecar restarts (restartCount 2), the reboot
    // ends it, the new sandbox purges the init containers with their logs (purgeInitContainers),
    // and the sidecar starts again from the log directory: restartCount 0 (calcRestartCountByLogDir).
    const sidecarSpec = { initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
    const build = (withSandbox: boolean) => {
      const b = traceOf(sidecarSpec)
        .event({ at: 0, type: 'SandboxCreated', attempt: 0 })
        .event({ at: 0, type: 'ContainerStarted', container: 'side', restartCount: 0 })
        .event({ at: 8_500, type: 'ContainerExited', container: 'side', exitCode: 0, reason: 'Completed' })
        .event({ at: 8_500, type: 'ContainerStarted', container: 'side', restartCount: 1 })
        .event({ at: 16_500, type: 'ContainerExited', container: 'side', exitCode: 137, reason: 'Error' })
        .event({ at: 16_500, type: 'ContainerStarted', container: 'side', restartCount: 2 })
        .event({ at: 16_500, type: 'ContainerExited', container: 'side', exitCode: 255, reason: 'Unknown' });
      if (withSandbox) b.event({ at: 16_500, type: 'SandboxCreated', attempt: 1 });
      return b.event({ at: 16_500, type: 'ContainerStarted', container: 'side', restartCount: 0 }).until(30_000).build();
    };
    const purged = build(true);
    expect(restartCountIncrements.check(purged.trace, purged.scenario)).toEqual({ ok: true });
    const notPurged = build(false);
    expect(restartCountIncrements.check(notPurged.trace, notPurged.scenario)).toMatchObject({ ok: false, at: 16_500, container: 'side', expected: 'restartCount 3' });
  });

  it('lets a container whose running record was removed in the millisecond it started count from the record left', () => {
    // A kill ends #0 (restartCount 0) and #1 starts at once; in the same millisecond #1's record is
    // removed behind the kubelet (E13): the newest record left is #0's, so the next start counts 0 + 1.
    const build = (removed: boolean) => {
      const b = traceOf(spec)
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 29_500, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
        .event({ at: 29_500, type: 'ContainerStarted', container: 'app', restartCount: 1 })
        .event({ at: 29_500, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' });
      if (removed) b.event({ at: 29_500, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' });
      return b.event({ at: 29_500, type: 'ContainerStarted', container: 'app', restartCount: 1 }).build();
    };
    const removed = build(true);
    expect(restartCountIncrements.check(removed.trace, removed.scenario)).toEqual({ ok: true });
    const kept = build(false);
    expect(restartCountIncrements.check(kept.trace, kept.scenario)).toMatchObject({ ok: false, at: 29_500, expected: 'restartCount 2' });
  });
});
