import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CoreV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../specs/invariants/catalogue.js';
import type { Scenario } from '../../../specs/model/scenario.js';
import type { Trace } from '../../../specs/model/trace.js';
import { evaluate } from '../../runner/evaluate.js';
import { parseScenarioText } from '../../scenario/load-scenario-file.js';
import { simulate } from '../../simulator/simulate.js';
import { ClusterBackend } from './cluster-backend.js';
import { resolveClusterOptions } from './cluster-options.js';
import type { StartedCluster } from './cluster-provider.js';
import { clusterTestsEnabled, providerUnderTest } from './cluster-under-test.js';
import { createClusterProvider } from './create-cluster-provider.js';
import { resolveClusterBackendOptions } from './run/cluster-backend-options.js';
import { SESSION_LABEL } from './run/cluster-session.js';

const provider = providerUnderTest();
const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const here = fileURLToPath(new URL('./testing/', import.meta.url));

/** Examples whose horizon is longer than a cluster test should wait get a shorter one (the behaviour is the same). */
const SCENARIOS: { file: string; until?: string }[] = [
  { file: `${examples}e01-unstarted-container-holds-pending.yaml`, until: '1m' },
  { file: `${examples}e04-delete-exit-zero-succeeds.yaml` },
  { file: `${examples}e05-crash-loop-back-off.yaml`, until: '90s' },
  { file: `${examples}e10-sidecar-termination-order.yaml` },
  { file: `${examples}e11-job-with-sidecar-succeeds.yaml` },
  { file: `${examples}e13-vanished-container.yaml` },
  { file: `${examples}e14-prestop-longer-than-grace.yaml` },
  { file: `${examples}e15-poststart-blocks.yaml` },
  { file: `${examples}e17-active-deadline.yaml`, until: '1m' },
  { file: `${examples}e21-node-reboot-reinitializes.yaml` },
  { file: `${examples}e22-liveness-failure-under-never.yaml`, until: '1m' },
  { file: `${here}fault-oom-and-kill.yaml` },
  { file: `${here}fault-images-and-deadline.yaml` },
  { file: `${here}fault-node-down.yaml` },
  { file: `${here}probes-and-kubelet-hooks.yaml` },
  { file: `${here}sleep-hooks.yaml` },
  { file: `${here}tcp-socket-post-start.yaml` },
];

/**
 * Where the real kubelet disagrees with the catalogue, and README-backend.md
 * ("Conformance notes") says why. Asserted to still happen, so that a fix upstream or
 * in the catalogue shows here.
 */
const KNOWN_FINDINGS: Record<string, string[]> = {
  'e14-prestop-longer-than-grace': ['termination/grace-only-shrinks'],
};

function load(entry: { file: string; until?: string }): Scenario {
  const text = readFileSync(entry.file, 'utf8');
  return parseScenarioText(entry.until ? text.replace(/^until: .*$/m, `until: ${entry.until}`) : text, entry.file);
}

describe.runIf(clusterTestsEnabled)(`cluster backend on "${provider}"`, () => {
  let cluster: StartedCluster;
  let backend: ClusterBackend;
  const traces = new Map<string, Trace>();
  const scenarios = new Map<string, Scenario>();
  const failures = new Map<string, unknown>();
  let wallMs = 0;

  beforeAll(async () => {
    cluster = await createClusterProvider(resolveClusterOptions({ provider })).start();
    backend = new ClusterBackend(resolveClusterBackendOptions({ provider }), cluster);
    const began = Date.now();
    await Promise.all(SCENARIOS.map(async (entry) => {
      const scenario = load(entry);
      scenarios.set(scenario.name, scenario);
      try {
        traces.set(scenario.name, await backend.run(scenario));
      } catch (error) {
        failures.set(scenario.name, error);
      }
    }));
    wallMs = Date.now() - began;
    const dir = process.env.PODLIFE_CLUSTER_TRACE_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      for (const [name, trace] of traces) {
        writeFileSync(`${dir}/${name}.cluster.json`, JSON.stringify(trace, null, 1));
        writeFileSync(`${dir}/${name}.sim.json`, JSON.stringify(simulate(scenarios.get(name)!), null, 1));
      }
    }
    const f = backend.figures;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const range = (xs: number[]) => `median ${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})`;
    console.log([
      `${SCENARIOS.length} scenarios in ${(wallMs / 1000).toFixed(0)} s, up to ${backend.options.maxConcurrentScenarios as number} at once`,
      `create → first snapshot ms: ${range(f.flatMap((x) => (x.createToFirstSnapshotMs === undefined ? [] : [x.createToFirstSnapshotMs])))}`,
      `set-up ms: ${range(f.map((x) => x.setupMs))}; clean-up ms: ${range(f.map((x) => x.cleanupMs))}`,
      `wall − observed − lock wait ms: ${range(f.map((x) => x.wallMs - x.observedMs - x.lockWaitMs))}`,
    ].join('\n'));
  });

  afterAll(async () => {
    await backend?.close();
    await cluster?.stop();
  });

  it('runs every scenario', () => {
    expect([...failures].map(([name, e]) => `${name}: ${(e as Error).message}`)).toEqual([]);
    expect(traces.size).toBe(SCENARIOS.length);
  });

  it('keeps every invariant of the catalogue, except the documented findings (which still show)', () => {
    const unexpected: string[] = [];
    const missing: string[] = [];
    for (const [name, trace] of traces) {
      const scenario = scenarios.get(name)!;
      const known = KNOWN_FINDINGS[name] ?? [];
      for (const inv of CATALOGUE) {
        const outcome = evaluate(inv, trace, scenario);
        const bad = outcome.kind === 'violation' || outcome.kind === 'error';
        if (bad && !known.includes(inv.id)) unexpected.push(`${name}: ${inv.id}: ${outcome.kind === 'violation' ? `${outcome.violation.message} (expected ${outcome.violation.expected}; observed ${outcome.violation.observed})` : (outcome as { error: string }).error}`);
        if (!bad && known.includes(inv.id)) missing.push(`${name}: ${inv.id} no longer violated — update KNOWN_FINDINGS and README-backend.md`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('records the API server\'s printed columns and what each event kind is observed from', () => {
    for (const trace of traces.values()) {
      expect(trace.snapshots.every((s) => s.printed !== undefined)).toBe(true);
      expect(trace.options.observes).toBeDefined();
      expect(trace.kubernetesVersion).toMatch(/^v1\./);
    }
  });

  it('E4: a deleted pod whose app exits 0 on SIGTERM ends Succeeded, then goes', () => {
    const trace = traces.get('e04-delete-exit-zero-succeeds')!;
    expect(trace.snapshots.at(-1)?.status.phase).toBe('Succeeded');
    expect(trace.events.filter((e) => e.type === 'SignalSent').map((e) => e.type === 'SignalSent' && e.signal)).toEqual(['SIGTERM']);
    expect(trace.events.at(-1)?.type).toBe('PodRemoved');
  });

  it('E13: a container removed from the runtime is ContainerStatusUnknown/137 and restarted', () => {
    const trace = traces.get('e13-vanished-container')!;
    const vanished = trace.snapshots.find((s) => s.status.containerStatuses[0]?.lastState.terminated?.reason === 'ContainerStatusUnknown');
    expect(vanished?.status.containerStatuses[0]).toMatchObject({ state: { waiting: { reason: 'ContainerCreating' } }, restartCount: 1, lastState: { terminated: { exitCode: 137 } } });
  });

  it('E15: the second container starts only after the first one\'s postStart returned', () => {
    const events = traces.get('e15-poststart-blocks')!.events;
    const finished = events.find((e) => e.type === 'HookFinished' && e.container === 'first')!;
    const second = events.find((e) => e.type === 'ContainerStarted' && e.container === 'second')!;
    expect(finished.at).toBeGreaterThanOrEqual(9000);
    expect(second.at).toBeGreaterThan(finished.at);
  });

  it('E21: a reboot re-creates the sandbox and re-runs init: Running → Pending → Running', () => {
    const trace = traces.get('e21-node-reboot-reinitializes')!;
    const phases = trace.snapshots.map((s) => s.status.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['Pending', 'Running', 'Pending', 'Running']);
    expect(trace.events.some((e) => e.type === 'SandboxCreated' && e.attempt === 1)).toBe(true);
    expect(trace.events.some((e) => e.type === 'ContainerExited' && e.exitCode === 255 && e.reason === 'Unknown')).toBe(true);
  });

  it('E22: a liveness failure under Never kills the container for good, and the pod fails', () => {
    const trace = traces.get('e22-liveness-failure-under-never')!;
    expect(trace.snapshots.at(-1)?.status.phase).toBe('Failed');
    expect(trace.events.filter((e) => e.type === 'ContainerStarted')).toHaveLength(1);
    expect(trace.events.filter((e) => e.type === 'ProbeResult' && e.result === 'Failure').length).toBeGreaterThanOrEqual(2);
  });

  it('OOMKill and KillContainer are real: OOMKilled/137 from the kernel, then Error/137 from a SIGKILL', () => {
    const exits = traces.get('fault-oom-and-kill')!.events.flatMap((e) => (e.type === 'ContainerExited' ? [`${e.exitCode} ${e.reason}`] : []));
    expect(exits).toEqual(['137 OOMKilled', '137 Error']);
  });

  it('image and deadline faults: SpecChanged kills, a failed pull until the image is back, a raised deadline rejected', () => {
    const trace = traces.get('fault-images-and-deadline')!;
    const kills = trace.events.flatMap((e) => (e.type === 'ContainerKilling' ? [`${e.container} ${e.reason}`] : []));
    expect(kills).toEqual(['app SpecChanged', 'proxy SpecChanged']);
    expect(trace.events.some((e) => e.type === 'ImagePullFailed' && e.container === 'app' && e.image === 'busybox:1.37')).toBe(true);
    const deadlines = trace.events.flatMap((e) => (e.type === 'FaultInjected' && e.fault.type === 'SetActiveDeadline' ? [e.outcome] : []));
    expect(deadlines).toEqual(['applied', 'rejected']);
  });

  it('NodeDown / NodeUp: the node goes NotReady after the grace period and comes back', () => {
    const trace = traces.get('fault-node-down')!;
    const ready = trace.events.flatMap((e) => (e.type === 'NodeReadyChanged' ? [e.status] : []));
    expect(ready).toEqual(['Unknown', 'True']);
    const down = trace.events.find((e) => e.type === 'NodeReadyChanged')!;
    expect(down.at).toBeGreaterThanOrEqual(10_000 + 40_000);
  });

  it('probes: the startup probe gates liveness, whose failures kill with the probe\'s grace after a kubelet-run sleep preStop', () => {
    const events = traces.get('probes-and-kubelet-hooks')!.events;
    const kill = events.find((e) => e.type === 'ContainerKilling')!;
    expect(kill).toMatchObject({ reason: 'LivenessProbe', gracePeriodSeconds: 4 });
    const firstLiveness = events.find((e) => e.type === 'ProbeResult' && e.probe === 'liveness')!;
    const lastStartupFailure = events.filter((e) => e.type === 'ProbeResult' && e.probe === 'startup' && e.result === 'Failure')[0]!;
    expect(firstLiveness.at).toBeGreaterThan(lastStartupFailure.at);
    expect(events.some((e) => e.type === 'HookFinished' && e.hook === 'preStop' && e.result === 'Success')).toBe(true);
  });

  it('R7.3: a tcpSocket postStart fails in the kubelet and, under Never, fails the pod', () => {
    const trace = traces.get('tcp-socket-post-start')!;
    expect(trace.events.find((e) => e.type === 'HookFinished')).toMatchObject({ hook: 'postStart', result: 'Failure' });
    expect(trace.events.find((e) => e.type === 'ContainerKilling')).toMatchObject({ reason: 'PostStartHookFailed' });
    // The kill comes within milliseconds of the start: the script must still see its SIGTERM.
    expect(trace.events.filter((e) => e.type === 'SignalSent').map((e) => e.type === 'SignalSent' && e.signal)).toEqual(['SIGTERM']);
    expect(trace.events.find((e) => e.type === 'ContainerExited')).toMatchObject({ exitCode: 143 });
    expect(trace.snapshots.at(-1)?.status.phase).toBe('Failed');
  });

  it('leaves no namespace behind', async () => {
    await backend.close();
    const api = cluster.kubeConfig().makeApiClient(CoreV1Api);
    const left = await api.listNamespace({ labelSelector: SESSION_LABEL });
    expect(left.items.map((n) => n.metadata?.name)).toEqual([]);
  });
});
