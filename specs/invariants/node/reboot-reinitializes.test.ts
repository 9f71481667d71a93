import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { rebootReinitializes } from './reboot-reinitializes.js';

const spec: PodSpec = { initContainers: [{ name: 'setup', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };

/** setup 0–3 s, app from 3 s; reboot at 20 s. */
function rebooted(s: PodSpec, after: (b: ReturnType<typeof traceOf>) => void) {
  const b = traceOf(s, { faults: [{ at: 20_000, type: 'NodeReboot' }] });
  if (s.initContainers) {
    b.event({ at: 0, type: 'ContainerStarted', container: 'setup', restartCount: 0 }).event({ at: 3_000, type: 'ContainerExited', container: 'setup', exitCode: 0, reason: 'Completed' });
  }
  b.event({ at: 3_000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 20_000, type: 'ContainerExited', container: 'app', exitCode: 255, reason: 'Unknown' })
    .event({ at: 20_000, type: 'FaultInjected', fault: { type: 'NodeReboot' }, outcome: 'applied' })
    .event({ at: 20_000, type: 'SandboxCreated', attempt: 1 });
  after(b);
  return b.build();
}

describe(rebootReinitializes.id, () => {
  it('passes when setup runs again before app (E21)', () => {
    const { trace, scenario } = rebooted(spec, (b) =>
      b
        .event({ at: 20_000, type: 'ContainerStarted', container: 'setup', restartCount: 1 })
        .event({ at: 23_000, type: 'ContainerExited', container: 'setup', exitCode: 0, reason: 'Completed' })
        .event({ at: 23_000, type: 'ContainerStarted', container: 'app', restartCount: 1 }),
    );
    expect(rebootReinitializes.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when app is started again without re-running setup', () => {
    const { trace, scenario } = rebooted(spec, (b) => b.event({ at: 20_000, type: 'ContainerStarted', container: 'app', restartCount: 1 }));
    expect(rebootReinitializes.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 20_000,
      container: 'app',
      expected: 'init container setup started again after the reboot at 20s before any app container',
    });
  });

  it('fails when a Never pod is started again after the reboot (R2.5 a)', () => {
    const { trace, scenario } = rebooted(simpleSpec('Never', 'app'), (b) => b.event({ at: 20_000, type: 'ContainerStarted', container: 'app', restartCount: 1 }));
    expect(rebootReinitializes.check(trace, scenario)).toMatchObject({ ok: false, at: 20_000, observed: 'app started at 20s' });
  });

  it('lets a Never pod whose every record was removed start afresh after the reboot (no container statuses, R4.1 rule 2)', () => {
    // app's only instance is removed behind the kubelet (E13) just before the reboot: GetPodStatus then
    // shows no container, so computePodActions creates the sandbox and starts app (R2.5 a needs records).
    const spec = { ...simpleSpec('Never', 'app') };
    const build = (removed: boolean) => {
      const b = traceOf(spec, { faults: [{ at: 8_000, type: 'NodeReboot' }] }).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 });
      b.event({ at: 8_000, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' });
      if (removed) b.event({ at: 8_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' });
      return b
        .event({ at: 8_000, type: 'FaultInjected', fault: { type: 'NodeReboot' }, outcome: 'applied' })
        .event({ at: 8_000, type: 'SandboxCreated', attempt: 1 })
        .event({ at: 8_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
        .build();
    };
    const removed = build(true);
    expect(rebootReinitializes.check(removed.trace, removed.scenario)).toEqual({ ok: true });
    const kept = build(false);
    expect(rebootReinitializes.check(kept.trace, kept.scenario)).toMatchObject({ ok: false, at: 8_000, observed: 'app started at 8s' });
  });
});
