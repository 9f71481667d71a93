import { parseScenarioText } from '../harness/scenario/load-scenario-file.js';

/**
 * The benchmark's reference workload: 5 containers (an init container, a sidecar with
 * probes, three app containers with liveness and readiness probes, one crash-looping),
 * a 10-minute horizon and 5 faults.
 */
export const benchScenario = parseScenarioText(
  `apiVersion: podlife/v1alpha1
kind: Scenario
name: bench-5-containers-10m-5-faults
until: 10m
pod:
  metadata: {name: bench}
  spec:
    terminationGracePeriodSeconds: 20
    initContainers:
      - {name: setup, image: "busybox:1.36"}
      - name: proxy
        image: "busybox:1.36"
        restartPolicy: Always
        startupProbe: {exec: {command: [ready]}, periodSeconds: 2}
        readinessProbe: {exec: {command: [ready]}, periodSeconds: 5}
    containers:
      - name: web
        image: "busybox:1.36"
        livenessProbe: {httpGet: {path: /healthz, port: 8080}}
        readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 5}
        lifecycle: {preStop: {exec: {command: [drain]}}}
      - name: worker
        image: "busybox:1.36"
        livenessProbe: {exec: {command: [alive]}, periodSeconds: 15}
      - name: flaky
        image: "busybox:1.36"
        readinessProbe: {exec: {command: [ready]}}
containers:
  setup: {runs: [{exitAfter: 3s}]}
  proxy:
    probes: {startup: [{at: 0s, result: Failure}, {at: 4s, result: Success}]}
  web:
    hooks: {preStop: {duration: 3s}}
    onSigterm: {exitAfter: 2s}
    probes:
      readiness: [{at: 0s, result: Failure}, {at: 10s, result: Success}]
      liveness: [{at: 0s, result: Success}, {at: 4m, result: Failure}]
  worker:
    runs: [{exitAfter: 90s, exitCode: 1}, {}]
  flaky:
    runs: [{exitAfter: 20s, exitCode: 2}]
faults:
  - {at: 1m, type: KillContainer, container: worker}
  - {at: 2m, type: OOMKill, container: web}
  - {at: 3m, type: UpdateImage, container: proxy, image: "busybox:1.37"}
  - {at: 5m, type: NodeReboot}
  - {at: 9m, type: DeletePod}
`,
  'bench-scenario.yaml',
);
