import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../scenario/load-scenario-file.js';
import { STATE_MOUNT_PATH, STATE_VOLUME_NAME } from './script-log-format.js';
import { MANAGED_BY_LABEL, translateScenario, type TranslationTarget } from './translate-scenario.js';
import { TranslationError } from './translation-error.js';

const target: TranslationTarget = { namespace: 'podlife-x-1', workloadImage: 'podlife.local/workload:1', stateHostPath: '/var/lib/podlife/scenarios/podlife-x-1', nodeName: 'node-a' };

const scenario = parseScenarioText(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: web, labels: {app: web}, annotations: {note: kept}}
  spec:
    nodeName: somewhere
    terminationGracePeriodSeconds: 10
    initContainers:
      - name: proxy
        image: "busybox:1.36"
        restartPolicy: Always
        lifecycle: {preStop: {sleep: {seconds: 2}}, postStart: {tcpSocket: {port: 80}}}
    containers:
      - name: app
        image: "busybox:1.36"
        imagePullPolicy: Always
        command: [serve]
        args: [--port, "8080"]
        env: [{name: MODE, value: test}]
        resources: {limits: {memory: 64Mi}}
        livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 5, failureThreshold: 2, terminationGracePeriodSeconds: 3}
        readinessProbe: {grpc: {port: 9000}}
        lifecycle: {preStop: {httpGet: {path: /drain, port: 8080}}}
      - {name: helper, image: "registry.example/helper:1", imagePullPolicy: Never}
containers:
  app:
    runs: [{exitAfter: 30s, exitCode: 1}]
    probes: {liveness: [{at: 20s, result: Failure}]}
    hooks: {preStop: {duration: 1s, result: Failure}}
faults:
  - {at: 5s, type: ImagePullFailure, container: helper, until: 20s}
  - {at: 10s, type: UpdateImage, container: app, image: "busybox:1.37"}
  - {at: 12s, type: OOMKill, container: app}
`, 'test.yaml');

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('translateScenario', () => {
  const { pod, images } = translateScenario(scenario, target);
  const spec = pod.spec as AnyRecord;
  const app = spec.containers[0] as AnyRecord;
  const helper = spec.containers[1] as AnyRecord;
  const proxy = spec.initContainers[0] as AnyRecord;

  it('puts the pod in the scenario namespace, labelled as podlife\'s, keeping its metadata', () => {
    expect(pod.metadata).toEqual({ name: 'web', namespace: 'podlife-x-1', labels: { app: 'web', [MANAGED_BY_LABEL]: 'podlife' }, annotations: { note: 'kept' } });
  });

  it('runs every container as a generated script on the workload image, never pulling from a registry', () => {
    for (const c of [app, helper, proxy]) {
      expect(c.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
      expect(c.command[2]).toContain(`podlife workload script for container ${c.name}`);
      expect(c.args).toBeUndefined();
      expect(c.volumeMounts).toContainEqual({ name: STATE_VOLUME_NAME, mountPath: STATE_MOUNT_PATH });
    }
    expect(app.image).toBe('podlife.local/workload:1');
    expect(app.imagePullPolicy).toBe('IfNotPresent');
    expect(helper.imagePullPolicy).toBe('Never');
  });

  it('keeps every other field of the containers and of the pod', () => {
    expect(app.env).toEqual([{ name: 'MODE', value: 'test' }]);
    expect(app.resources).toEqual({ limits: { memory: '64Mi' } });
    expect(proxy.restartPolicy).toBe('Always');
    expect(spec.terminationGracePeriodSeconds).toBe(10);
    expect(spec.nodeName).toBe('node-a');
  });

  it('turns probes of any handler kind into exec probes, keeping their timing fields', () => {
    expect(app.livenessProbe).toMatchObject({ periodSeconds: 5, failureThreshold: 2, terminationGracePeriodSeconds: 3 });
    expect(app.livenessProbe.httpGet).toBeUndefined();
    expect(app.livenessProbe.exec.command[2]).toContain('if [ $T -ge 20000 ]; then R=Failure; fi;');
    expect(app.readinessProbe.grpc).toBeUndefined();
    expect(app.readinessProbe.exec.command[2]).toContain('probe readiness');
  });

  it('makes exec and httpGet hooks scripts, and leaves sleep and tcpSocket handlers to the kubelet', () => {
    expect(app.lifecycle.preStop.exec.command[2]).toContain('sleep 1\npodlife_log hook preStop finish Failure\nexit 1');
    expect(proxy.lifecycle).toEqual({ preStop: { sleep: { seconds: 2 } }, postStart: { tcpSocket: { port: 80 } } });
  });

  it('adds the state volume on the node, and the OOM allocation for an OOMKill target', () => {
    expect(spec.volumes).toEqual([{ name: STATE_VOLUME_NAME, hostPath: { path: target.stateHostPath, type: 'DirectoryOrCreate' } }]);
    expect(app.command[2]).toContain(`head -c ${64 * 1024 ** 2 * 2 + 64 * 1024 ** 2} /dev/zero`);
    const withoutNode = translateScenario(scenario, { ...target, stateHostPath: undefined, nodeName: undefined });
    expect((withoutNode.pod.spec as AnyRecord).volumes).toEqual([{ name: STATE_VOLUME_NAME, emptyDir: {} }]);
    expect((withoutNode.pod.spec as AnyRecord).nodeName).toBeUndefined();
  });

  it('gives a container with an ImagePullFailure references of its own, and each distinct image a variant', () => {
    expect(helper.image).toBe('podlife.invalid/podlife-x-1/helper:v1');
    expect(images.scenarioImages).toEqual(['busybox:1.36', 'registry.example/helper:1', 'busybox:1.37']);
    expect(images.variantRefs).toEqual(['podlife.local/workload:1', 'podlife.local/workload-variant:1', 'podlife.local/workload-variant:2']);
  });

  it('is pure: the same input gives the same pod', () => {
    expect(translateScenario(scenario, target)).toEqual(translateScenario(scenario, target));
  });

  it('refuses a pod that already has the state volume', () => {
    const taken = { ...scenario, pod: { ...scenario.pod, spec: { ...scenario.pod.spec, volumes: [{ name: STATE_VOLUME_NAME, emptyDir: {} }] } } };
    expect(() => translateScenario(taken, target)).toThrow(TranslationError);
  });
});
