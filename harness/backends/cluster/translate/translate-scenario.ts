import type { V1Pod } from '@kubernetes/client-node';
import { PROBE_TYPES, type ProbeType } from '../../../../specs/model/behaviour.js';
import type { Container, LifecycleHandler, Probe } from '../../../../specs/model/pod-manifest.js';
import type { Scenario } from '../../../../specs/model/scenario.js';
import { containerScript } from './container-script.js';
import { hookScript } from './hook-script.js';
import { imageRefFor, planImages, type ImagePlan } from './image-plan.js';
import { oomAllocationBytes } from './oom-allocation.js';
import { probeScript } from './probe-script.js';
import { STATE_MOUNT_PATH, STATE_VOLUME_NAME } from './script-log-format.js';
import { TranslationError } from './translation-error.js';

export interface TranslationTarget {
  namespace: string;
  /** The image every container runs (busybox: `sh`, `sleep`, `ts`, `head`, `tail`). */
  workloadImage: string;
  /**
   * A directory on the node for the scripts' state and log (a hostPath volume), so the
   * log outlives the Pod and the backend reads it from the node; undefined gives an
   * emptyDir (a cluster whose node podlife cannot reach).
   */
  stateHostPath: string | undefined;
  /** The node to bind to when the scenario names one (`spec.nodeName`); else it is dropped. */
  nodeName: string | undefined;
}

export interface TranslatedScenario {
  pod: V1Pod;
  images: ImagePlan;
}

/** Labels on everything the cluster backend creates, so it only ever touches its own. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY = 'podlife';

const PROBE_FIELDS: Record<ProbeType, 'startupProbe' | 'livenessProbe' | 'readinessProbe'> = {
  startup: 'startupProbe',
  liveness: 'livenessProbe',
  readiness: 'readinessProbe',
};

/**
 * A scenario as a real Pod. Every container runs the workload image with a generated
 * script in place of its command (its behaviour); probes of any handler kind become
 * exec probes answering from the behaviour's timeline; `exec` and `httpGet` hooks become
 * exec hooks taking the behaviour's duration, while `sleep` and `tcpSocket` hooks stay
 * as declared so the kubelet treats them as it really does (R7.3). Nothing is pulled
 * from a registry (`IfNotPresent`; `Never` stays). Every other v1 field is kept.
 * Pure: the same scenario and target give the same Pod.
 */
export function translateScenario(scenario: Scenario, target: TranslationTarget): TranslatedScenario {
  const images = planImages(scenario, target.workloadImage, target.namespace);
  const source = scenario.pod;
  const volumes = (source.spec.volumes as { name?: string }[] | undefined) ?? [];
  if (volumes.some((v) => v.name === STATE_VOLUME_NAME)) {
    throw new TranslationError(`scenario ${scenario.name}: the pod already has a volume named "${STATE_VOLUME_NAME}", which the cluster backend needs`);
  }
  const oomTargets = new Set(scenario.faults.filter((f) => f.type === 'OOMKill').map((f) => f.container));
  const translate = (container: Container): Record<string, unknown> => {
    const behaviour = scenario.containers[container.name];
    const out: Record<string, unknown> = structuredClone(container);
    delete out.args;
    out.image = imageRefFor(images, container.name, container.image);
    out.imagePullPolicy = container.imagePullPolicy === 'Never' ? 'Never' : 'IfNotPresent';
    const oomBytes = oomTargets.has(container.name) ? oomAllocationBytes(container) : undefined;
    out.command = ['/bin/sh', '-c', containerScript({ container: container.name, behaviour, ...(oomBytes !== undefined ? { oomBytes } : {}) })];
    const mounts = (container.volumeMounts as unknown[] | undefined) ?? [];
    out.volumeMounts = [...mounts, { name: STATE_VOLUME_NAME, mountPath: STATE_MOUNT_PATH }];
    for (const type of PROBE_TYPES) {
      const probe = container[PROBE_FIELDS[type]];
      if (probe) out[PROBE_FIELDS[type]] = execProbe(probe, probeScript(container.name, type, behaviour?.probes?.[type]));
    }
    if (container.lifecycle) {
      const lifecycle: Record<string, unknown> = { ...structuredClone(container.lifecycle) };
      for (const hook of ['postStart', 'preStop'] as const) {
        const handler = container.lifecycle[hook];
        if (handler && replacesHandler(handler)) lifecycle[hook] = { exec: { command: ['/bin/sh', '-c', hookScript(container.name, hook, behaviour)] } };
      }
      out.lifecycle = lifecycle;
    }
    return out;
  };
  const spec: Record<string, unknown> = structuredClone(source.spec);
  spec.containers = source.spec.containers.map(translate);
  if (source.spec.initContainers) spec.initContainers = source.spec.initContainers.map(translate);
  spec.volumes = [...volumes, stateVolume(target)];
  if (source.spec.nodeName !== undefined) {
    if (target.nodeName) spec.nodeName = target.nodeName;
    else delete spec.nodeName;
  }
  const metadata = {
    name: source.metadata.name,
    namespace: target.namespace,
    labels: { ...source.metadata.labels, [MANAGED_BY_LABEL]: MANAGED_BY },
    ...(source.metadata.annotations ? { annotations: { ...source.metadata.annotations } } : {}),
  };
  // A plain object in the v1 shape; the client library's classes only carry type metadata.
  return { pod: { apiVersion: 'v1', kind: 'Pod', metadata, spec } as unknown as V1Pod, images };
}

/** The scripts answer for exec and httpGet handlers; sleep and tcpSocket keep their real semantics. */
function replacesHandler(handler: LifecycleHandler): boolean {
  return Boolean(handler.exec || handler.httpGet);
}

function execProbe(probe: Probe, script: string): Record<string, unknown> {
  const { exec: _exec, httpGet: _httpGet, tcpSocket: _tcpSocket, grpc: _grpc, ...rest } = probe;
  return { ...structuredClone(rest), exec: { command: ['/bin/sh', '-c', script] } };
}

function stateVolume(target: TranslationTarget): Record<string, unknown> {
  return target.stateHostPath
    ? { name: STATE_VOLUME_NAME, hostPath: { path: target.stateHostPath, type: 'DirectoryOrCreate' } }
    : { name: STATE_VOLUME_NAME, emptyDir: {} };
}
