import { describe, expect, it } from 'vitest';
import { KUBERNETES_DEFAULT_TIMINGS } from '../../../../specs/model/lifecycle-timings.js';
import type { ContainerState } from '../../../../specs/model/container-state.js';
import type { PodCondition } from '../../../../specs/model/pod-condition.js';
import type { PodPhase } from '../../../../specs/model/pod-phase.js';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';
import { parseScenarioText } from '../../../scenario/load-scenario-file.js';
import { PASS } from '../../../../specs/invariant.js';
import { prestopBeforeSigterm } from '../../../../specs/invariants/termination/prestop-before-sigterm.js';
import { assembleTrace, type TraceEvidence } from './assemble-trace.js';
import type { InstanceSighting, PodObservation } from './pod-observation.js';
import type { ScriptLogLine } from './script-log-line.js';

/** A one-container pod `p` whose container `app` has the given pod-spec field, lifecycle and behaviour (YAML flow maps). */
function appScenario(specField: string, lifecycle: string, behaviour: string) {
  return parseScenarioText(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    ${specField}
    containers:
      - name: app
        image: "busybox:1.36"
        lifecycle: ${lifecycle}
containers:
  app: ${behaviour}
`, 'test.yaml');
}

const scenario = appScenario('terminationGracePeriodSeconds: 10', '{preStop: {exec: {command: [drain]}}}', '{onSigterm: {ignore: true}, hooks: {preStop: {duration: 1m}}}');

interface Shown {
  at: number;
  phase?: PodPhase;
  state?: ContainerState;
  lastState?: ContainerState;
  restartCount?: number;
  id?: string;
  sightings?: InstanceSighting[];
  deletion?: { at: number; grace: number };
  conditions?: PodCondition[];
}

/** A status as the mapping would have produced it. */
function shown(s: Shown): PodObservation {
  return {
    at: s.at,
    uid: 'u',
    resourceVersion: String(s.at),
    snapshot: {
      at: s.at,
      deletionTimestamp: s.deletion?.at ?? null,
      deletionGracePeriodSeconds: s.deletion?.grace ?? null,
      status: {
        phase: s.phase ?? 'Running',
        conditions: s.conditions ?? [],
        initContainerStatuses: [],
        containerStatuses: s.state
          ? [{ name: 'app', image: 'busybox:1.36', state: s.state, lastState: s.lastState ?? {}, ready: false, started: Boolean(s.state.running), restartCount: s.restartCount ?? 0, ...(s.id ? { containerID: s.id } : {}) }]
          : [],
        qosClass: 'BestEffort',
        startTime: 0,
      },
    },
    sightings: s.sightings ?? [],
  };
}

type LineBody = ScriptLogLine extends infer L ? (L extends ScriptLogLine ? Omit<L, 'at' | 'container' | 'start'> : never) : never;
const line = (at: number, start: number | undefined, rest: LineBody): ScriptLogLine => ({ at, container: 'app', start, ...rest }) as ScriptLogLine;

function evidence(over: Partial<TraceEvidence>): TraceEvidence {
  return {
    scenario, backend: 'cluster:test', kubernetesVersion: 'v1.34.10', options: { ...KUBERNETES_DEFAULT_TIMINGS }, horizon: 60_000,
    observations: [], podRemovedAt: undefined, stoppedOnNode: new Map(), lines: [], kubeEvents: [], injected: [], nodeEvents: [],
    scenarioImage: (ref) => ref,
    ...over,
  };
}

const kinds = (events: readonly TraceEvent[]) => events.map((e) => `${e.at} ${e.type}${'container' in e ? ` ${e.container}` : ''}${'signal' in e ? ` ${e.signal}` : ''}${'result' in e ? ` ${e.result}` : ''}${'reason' in e ? ` ${e.reason}` : ''}`);

describe('assembleTrace', () => {
  it('puts a preStop longer than the grace period together (E14): kill, hook abandoned at the SIGTERM, SIGKILL at the unlogged exit 137', () => {
    const running: InstanceSighting = { container: 'app', containerID: 'c1', restartCount: 0, current: true, startedAt: 1000 };
    const trace = assembleTrace(evidence({
      observations: [
        shown({ at: 800, phase: 'Pending' }),
        shown({ at: 1922, state: { running: { startedAt: 1000 } }, id: 'c1', sightings: [running] }),
        shown({ at: 5013, state: { running: { startedAt: 1000 } }, id: 'c1', sightings: [running], deletion: { at: 15_000, grace: 10 } }),
        shown({
          at: 17_376, phase: 'Failed', id: 'c1', deletion: { at: 15_000, grace: 10 },
          state: { terminated: { exitCode: 137, reason: 'Error', startedAt: 1000, finishedAt: 17_000 } },
          sightings: [{ ...running, terminated: { exitCode: 137, reason: 'Error', finishedAt: 17_000 } }],
        }),
      ],
      lines: [
        line(1769, 1, { kind: 'start' }),
        line(5063, 1, { kind: 'hook', hook: 'preStop', phase: 'start' }),
        line(15_129, 1, { kind: 'sigterm' }),
      ],
      kubeEvents: [
        { at: 1300, reason: 'Pulled', message: 'Container image "podlife.local/workload:1" already present on machine', container: 'app', source: 'kubelet' },
        { at: 5100, reason: 'Killing', message: 'Stopping container app', container: 'app', source: 'kubelet' },
      ],
      injected: [
        { at: 5000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 10, force: false },
        { at: 5000, type: 'FaultInjected', fault: { type: 'DeletePod' }, outcome: 'applied' },
      ],
      podRemovedAt: 18_013,
    }));
    expect(kinds(trace.events)).toEqual([
      '1300 SandboxCreated',
      '1300 ImagePulled app',
      '1769 ContainerStarted app',
      '5000 FaultInjected',
      '5000 DeletionRequested',
      '5063 ContainerKilling app PodTermination',
      '5063 HookStarted app',
      '15129 HookFinished app Abandoned',
      '15129 SignalSent app SIGTERM',
      '17376 SignalSent app SIGKILL',
      '17376 ContainerExited app Error',
      '18013 PodRemoved',
    ]);
    expect(trace.events.find((e) => e.type === 'ContainerKilling')).toMatchObject({ gracePeriodSeconds: 10 });
    expect(trace.snapshots.map((s) => s.at)).toEqual([800, 1922, 5013, 17_376]);
  });

  it('orders a `sleep: {seconds: 0}` preStop, derived at the SIGTERM\'s millisecond, between the kill and the SIGTERM (R5.3)', () => {
    const sleepZero = appScenario('activeDeadlineSeconds: 5', '{preStop: {sleep: {seconds: 0}}}', '{}');
    const running: InstanceSighting = { container: 'app', containerID: 'c1', restartCount: 0, current: true, startedAt: 1000 };
    const trace = assembleTrace(evidence({
      scenario: sleepZero,
      observations: [
        shown({ at: 800, phase: 'Pending' }),
        shown({ at: 1922, state: { running: { startedAt: 1000 } }, id: 'c1', sightings: [running] }),
        shown({
          at: 6400, phase: 'Failed', id: 'c1',
          state: { terminated: { exitCode: 143, reason: 'Error', startedAt: 1000, finishedAt: 6000 } },
          sightings: [{ ...running, terminated: { exitCode: 143, reason: 'Error', finishedAt: 6000 } }],
        }),
      ],
      lines: [
        line(1769, 1, { kind: 'start' }),
        line(5961, 1, { kind: 'sigterm' }),
        line(5970, 1, { kind: 'exit', exitCode: 143 }),
      ],
      kubeEvents: [
        { at: 1300, reason: 'Pulled', message: 'Container image "podlife.local/workload:1" already present on machine', container: 'app', source: 'kubelet' },
        { at: 6200, reason: 'Killing', message: 'Stopping container app', container: 'app', source: 'kubelet' },
      ],
    }));
    const atKill = trace.events.filter((e) => e.at === 5961).map((e) => `${e.type}${'hook' in e ? ` ${e.hook}` : ''}${e.type === 'HookFinished' ? ` ${e.result}` : ''}`);
    expect(atKill).toEqual(['ContainerKilling', 'HookStarted preStop', 'HookFinished preStop Success', 'SignalSent']);
    expect(prestopBeforeSigterm.check(trace, sleepZero)).toEqual(PASS);
  });

  it('pairs script starts with the statuses\' instances, takes restartCount from the statuses and the back-off delay from the waiting message', () => {
    const first: InstanceSighting = { container: 'app', containerID: 'c1', restartCount: 0, current: true, startedAt: 1000 };
    const firstExited: InstanceSighting = { ...first, current: false, restartCount: undefined, terminated: { exitCode: 1, reason: 'Error', finishedAt: 2000 } };
    const second: InstanceSighting = { container: 'app', containerID: 'c2', restartCount: 1, current: true, startedAt: 2000 };
    const trace = assembleTrace(evidence({
      observations: [
        shown({ at: 1500, state: { running: { startedAt: 1000 } }, id: 'c1', sightings: [first] }),
        shown({ at: 2600, state: { running: { startedAt: 2000 } }, id: 'c2', restartCount: 1, sightings: [second, firstExited] }),
        shown({
          at: 4000, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=app pod=p_ns(u)' } }, restartCount: 1,
          sightings: [{ ...second, current: false, restartCount: undefined, terminated: { exitCode: 1, reason: 'Error', finishedAt: 3000 } }],
        }),
      ],
      lines: [
        line(1200, 1, { kind: 'start' }), line(2210, 1, { kind: 'exit', exitCode: 1 }),
        line(2300, 2, { kind: 'start' }), line(3305, 2, { kind: 'exit', exitCode: 1 }),
      ],
      kubeEvents: [{ at: 4100, reason: 'BackOff', message: 'Back-off restarting failed container app in pod p_ns(u)', container: 'app', source: 'kubelet' }],
    }));
    expect(trace.events.filter((e) => e.type !== 'SandboxCreated')).toEqual([
      { at: 1200, type: 'ContainerStarted', container: 'app', restartCount: 0 },
      { at: 2210, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' },
      { at: 2300, type: 'ContainerStarted', container: 'app', restartCount: 1 },
      { at: 3305, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' },
      { at: 4100, type: 'BackOff', container: 'app', delay: 10_000 },
    ]);
  });

  it('ends an instance that vanished from the runtime at the RemoveContainer, with no SIGKILL of its own (E13)', () => {
    const first: InstanceSighting = { container: 'app', containerID: 'c1', restartCount: 0, current: true, startedAt: 1000 };
    const second: InstanceSighting = { container: 'app', containerID: 'c2', restartCount: 1, current: true, startedAt: 11_000 };
    const trace = assembleTrace(evidence({
      observations: [
        shown({ at: 1500, state: { running: { startedAt: 1000 } }, id: 'c1', sightings: [first] }),
        shown({ at: 10_600, state: { waiting: { reason: 'ContainerCreating' } }, lastState: { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', startedAt: null, finishedAt: null } }, restartCount: 1 }),
        shown({ at: 11_600, state: { running: { startedAt: 11_000 } }, id: 'c2', restartCount: 1, sightings: [second] }),
      ],
      lines: [line(1200, 1, { kind: 'start' }), line(11_300, 2, { kind: 'start' })],
      injected: [{ at: 10_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' }],
    }));
    expect(kinds(trace.events.filter((e) => e.type !== 'SandboxCreated'))).toEqual([
      '1200 ContainerStarted app',
      '10000 FaultInjected',
      '10000 ContainerExited app Error',
      '11300 ContainerStarted app',
    ]);
  });

  it('ends a removed instance at the RemoveContainer also when no instance follows it (restartPolicy Never)', () => {
    // A v1.34.10 run (seed 241): init1 runs until signalled under Never and is removed at 34.5 s. The
    // status then shows it Waiting with lastState ContainerStatusUnknown and no container ID (E13), and
    // the pod turns Failed at 36.5 s; nothing names the removed instance's exit but the removal itself.
    const running: InstanceSighting = { container: 'app', containerID: 'c1', restartCount: 0, current: true, startedAt: 12_000 };
    const trace = assembleTrace(evidence({
      observations: [
        shown({ at: 12_500, state: { running: { startedAt: 12_000 } }, id: 'c1', sightings: [running] }),
        shown({ at: 35_307, state: { waiting: { reason: 'PodInitializing' } }, lastState: { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', startedAt: null, finishedAt: null } } }),
        shown({ at: 36_543, phase: 'Failed', state: { waiting: { reason: 'PodInitializing' } }, lastState: { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', startedAt: null, finishedAt: null } } }),
      ],
      lines: [line(12_344, 1, { kind: 'start' })],
      injected: [{ at: 34_500, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' }],
    }));
    expect(kinds(trace.events.filter((e) => e.type !== 'SandboxCreated'))).toEqual([
      '12344 ContainerStarted app',
      '34500 FaultInjected',
      '34500 ContainerExited app Error',
    ]);
  });

  it('does not end the last instance at a RemoveContainer that came before its script last logged', () => {
    const running: InstanceSighting = { container: 'app', containerID: 'c1', restartCount: 0, current: true, startedAt: 1000 };
    const trace = assembleTrace(evidence({
      observations: [shown({ at: 1500, state: { running: { startedAt: 1000 } }, id: 'c1', sightings: [running] })],
      lines: [line(1200, 1, { kind: 'start' }), line(20_000, 1, { kind: 'probe', probe: 'liveness', result: 'Success' })],
      injected: [{ at: 10_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' }],
    }));
    expect(trace.events.filter((e) => e.type === 'ContainerExited')).toEqual([]);
  });

  it('ends a force-deleted pod’s container SIGKILLed on the node when its task is first seen stopped (nothing else can record it)', () => {
    // A v1.34.10 run (seed 211): force delete at 14 s, the pod gone from the API at once; the kubelet's
    // termination (grace 1 s) abandons the preStop at 15.02 s and sends SIGTERM, which the script takes
    // 12.5 s to honour, so the runtime SIGKILLs it 2 s later. No status and no log line can show that
    // exit; the node showed the task stopped at the poll at 17.6 s.
    const running: InstanceSighting = { container: 'app', containerID: 'c1', restartCount: 0, current: true, startedAt: 1000 };
    const trace = assembleTrace(evidence({
      observations: [shown({ at: 1922, state: { running: { startedAt: 1000 } }, id: 'c1', sightings: [running] })],
      lines: [
        line(1525, 1, { kind: 'start' }),
        line(14_061, 1, { kind: 'hook', hook: 'preStop', phase: 'start' }),
        line(15_021, 1, { kind: 'sigterm' }),
      ],
      kubeEvents: [{ at: 14_024, reason: 'Killing', message: 'Stopping container app', container: 'app', source: 'kubelet' }],
      injected: [{ at: 14_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true }],
      podRemovedAt: 14_024,
      stoppedOnNode: new Map([['app', 17_600]]),
    }));
    expect(kinds(trace.events.filter((e) => e.type !== 'SandboxCreated'))).toEqual([
      '1525 ContainerStarted app',
      '14000 DeletionRequested',
      '14024 ContainerKilling app PodTermination',
      '14024 PodRemoved',
      '14061 HookStarted app',
      '15021 HookFinished app Abandoned',
      '15021 SignalSent app SIGTERM',
      '17600 SignalSent app SIGKILL',
      '17600 ContainerExited app Error',
    ]);
  });

  it('does not end an instance that started after the node showed its container stopped', () => {
    const trace = assembleTrace(evidence({
      lines: [line(1525, 1, { kind: 'start' }), line(5_000, 1, { kind: 'exit', exitCode: 0 }), line(9_000, 2, { kind: 'start' })],
      podRemovedAt: 4_000,
      stoppedOnNode: new Map([['app', 6_000]]),
    }));
    expect(kinds(trace.events.filter((e) => e.type === 'ContainerExited' || e.type === 'ContainerStarted'))).toEqual([
      '1525 ContainerStarted app',
      '5000 ContainerExited app Completed',
      '9000 ContainerStarted app',
    ]);
  });

  it('attributes a deletion podlife did not ask for to the taint-eviction controller, at the request time', () => {
    const trace = assembleTrace(evidence({
      observations: [
        shown({ at: 1000 }),
        shown({ at: 352_300, deletion: { at: 382_000, grace: 30 }, conditions: [{ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', lastTransitionTime: 352_000 }] }),
      ],
      horizon: 600_000,
    }));
    expect(trace.events).toEqual([{ at: 352_000, type: 'DeletionRequested', by: 'taint-eviction', gracePeriodSeconds: 30, force: false }]);
  });

  it('keeps only what changed and what happened within the horizon', () => {
    const trace = assembleTrace(evidence({
      observations: [shown({ at: 100, phase: 'Pending' }), shown({ at: 200, phase: 'Pending' }), shown({ at: 70_000, phase: 'Running' })],
      lines: [line(61_000, 1, { kind: 'start' })],
      podRemovedAt: 65_000,
    }));
    expect(trace.snapshots.map((s) => s.at)).toEqual([100]);
    expect(trace.events).toEqual([]);
    expect(trace.horizon).toBe(60_000);
  });
});
