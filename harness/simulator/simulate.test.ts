import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario/load-scenario-file.js';
import { simulate } from './simulate.js';

const scenario = parseScenarioText(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: busy
until: 10m
pod:
  metadata: {name: p}
  spec:
    initContainers:
      - {name: side, image: busybox:1.36, restartPolicy: Always, readinessProbe: {exec: {command: [r]}}}
    containers:
      - {name: a, image: busybox:1.36, livenessProbe: {exec: {command: [l]}}}
      - {name: b, image: busybox:1.36}
containers:
  a: {runs: [{exitAfter: 45s, exitCode: 2}], probes: {liveness: [{at: 0s, result: Success}, {at: 20s, result: Failure}]}}
  b: {runs: [{exitAfter: 7s, exitCode: 1}]}
faults:
  - {at: 100s, type: NodeReboot}
  - {at: 200s, type: OOMKill, container: side}
  - {at: 300s, type: DeletePod}
`, 'busy.yaml');

describe('simulate', () => {
  it('gives byte-identical traces for the same scenario', () => {
    expect(JSON.stringify(simulate(scenario))).toBe(JSON.stringify(simulate(scenario)));
  });

  it('records the resolved options, Kubernetes version and horizon', () => {
    const trace = simulate(scenario);
    expect(trace).toMatchObject({ backend: 'sim', kubernetesVersion: '1.34', horizon: 600_000 });
    expect(trace.options).toMatchObject({ crashLoopBackOffInitial: 10_000, crashLoopBackOffMax: 300_000, nodeMonitorGracePeriod: 50_000 });
  });

  it('takes snapshots in time order and only when something visible changed', () => {
    const trace = simulate(scenario);
    for (let i = 1; i < trace.snapshots.length; i++) {
      const [a, b] = [trace.snapshots[i - 1]!, trace.snapshots[i]!];
      expect(b.at).toBeGreaterThanOrEqual(a.at);
      expect(JSON.stringify(b)).not.toBe(JSON.stringify({ ...a, at: b.at }));
    }
  });
});
