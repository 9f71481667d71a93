import { describe, expect, it } from 'vitest';
import { simulate } from '../../../harness/simulator/simulate.js';
import { container, phase, running, terminated, traceOf, waiting } from '../../../specs/testing/trace-builder.js';
import { crashingScenario } from '../../testing/sample-run-result.js';
import { timelineModel } from './timeline-model.js';

describe('timelineModel', () => {
  it('gives a container its states as bands, its restarts, exits and back-offs as markers', () => {
    const scenario = crashingScenario();
    const model = timelineModel(simulate(scenario), scenario);
    const app = model.containers.find((c) => c.name === 'app')!;
    expect(app.role).toBe('regular');
    // 1 s running, an immediate first restart (its zero-length exit splits the band), then
    // the crash loop: exits, 10 s back-off, restart, CrashLoopBackOff until the deletion
    expect(app.bands.map((b) => `${b.label} ${b.from}-${b.to}`)).toEqual([
      'Running 0-1000',
      'Running 1000-2000',
      'Error (1) 2000-12000',
      'Running 12000-13000',
      'Error (1) 13000-23000',
      'CrashLoopBackOff 23000-30000',
    ]);
    expect(app.bands.some((b) => b.kind === 'waiting' && b.label === 'CrashLoopBackOff')).toBe(true);
    const labels = app.markers.map((m) => m.label);
    expect(labels).toContain('↻1');
    expect(labels).toContain('↻2');
    expect(labels).toContain('exit 1');
    const backOff = app.markers.find((m) => m.kind === 'backoff')!;
    expect(backOff.until! - backOff.at).toBe(10_000);
    expect(app.probes.length).toBeGreaterThan(0);
    expect(model.pod.map((m) => m.kind)).toEqual(expect.arrayContaining(['sandbox', 'deletion', 'fault']));
  });

  it('ends the API rows when the pod is removed', () => {
    const scenario = { ...crashingScenario(), faults: [{ at: 5000, type: 'DeletePod' as const, gracePeriodSeconds: 0 }] };
    const model = timelineModel(simulate(scenario), scenario);
    expect(model.removedAt).toBeDefined();
    for (const band of [...model.phase, ...model.kubectl, ...model.containers.flatMap((c) => c.bands)]) expect(band.to).toBeLessThanOrEqual(model.removedAt!);
  });

  it('has phase, kubectl STATUS and a row per condition, Kubernetes order first', () => {
    const scenario = crashingScenario();
    const model = timelineModel(simulate(scenario), scenario);
    expect(model.phase.map((b) => b.label)).toEqual(['Running']);
    expect(model.kubectl.map((b) => b.label)).toEqual(['Running', 'Running', 'Error', 'Running', 'Error', 'CrashLoopBackOff']);
    expect(model.conditions.map((c) => c.type)).toEqual(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
  });

  it('stops the axis a little after the last change, not at a horizon only probes reach', () => {
    const { trace, scenario } = traceOf({ containers: [{ name: 'app', image: 'busybox', readinessProbe: { exec: { command: ['x'] } } }] })
      .at(0, phase('Pending'))
      .at(2000, phase('Running'), container('app', { state: running(2000) }))
      .event({ at: 2000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 12_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
      .event({ at: 500_000, type: 'ProbeResult', container: 'app', probe: 'readiness', result: 'Success' })
      .until(600_000)
      .build();
    const model = timelineModel(trace, scenario);
    expect(model.lastActivity).toBe(2000);
    expect(model.end).toBe(3000);
    expect(model.horizon).toBe(600_000);
    expect(timelineModel(trace, scenario, [20_000]).end).toBe(21_200);
  });

  it('keeps a width for a trace that stopped at 0 (a loop in zero time)', () => {
    const { trace, scenario } = traceOf({ containers: [{ name: 'app', image: 'busybox' }] })
      .at(0, container('app', { state: waiting('ContainerCreating') }))
      .at(0, container('app', { state: terminated(0, 0, 0) }))
      .until(0)
      .build();
    const model = timelineModel(trace, scenario);
    expect(model.end).toBe(1000);
    expect(model.containers[0]!.bands).toEqual([]);
  });

  it('pairs hook starts with their ends, and leaves an unfinished hook open to the end', () => {
    const { trace, scenario } = traceOf({ containers: [{ name: 'app', image: 'busybox' }] })
      .at(0, container('app', { state: running(0) }))
      .event({ at: 1000, type: 'HookStarted', container: 'app', hook: 'postStart' })
      .event({ at: 3000, type: 'HookFinished', container: 'app', hook: 'postStart', result: 'Failure' })
      .event({ at: 5000, type: 'HookStarted', container: 'app', hook: 'preStop' })
      .until(8000)
      .build();
    const hooks = timelineModel(trace, scenario).containers[0]!.hooks;
    expect(hooks).toEqual([
      { from: 1000, to: 3000, hook: 'postStart', result: 'Failure' },
      { from: 5000, to: timelineModel(trace, scenario).end, hook: 'preStop' },
    ]);
  });

  it('draws lanes from the statuses when there is no scenario, sidecars and init containers first', () => {
    const scenario = crashingScenario();
    const model = timelineModel(simulate(scenario));
    expect(model.containers.map((c) => c.name)).toEqual(['app']);
  });
});
