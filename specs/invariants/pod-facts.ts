import type { ProbeType } from '../model/behaviour.js';
import { podContainers, type ContainerRole, type PodContainer } from '../model/container-role.js';
import type { Pod, Probe } from '../model/pod-manifest.js';
import type { Millis } from '../model/time.js';
import { KeptWith } from './kept-with.js';

/**
 * What invariants ask of a scenario's pod — its containers' names and roles, and their probes
 * defaulted — found once per pod object. A scenario is not changed once generated or read, so
 * the facts are kept with the pod (see kept-with.ts: they go when the pod goes) and shared between
 * invariants: read them, never change them (the types are readonly).
 */
export interface PodFacts {
  /** Every container's name, in spec order (init containers and sidecars first). */
  readonly names: readonly string[];
  /** The names of each role (R2.6), in spec order. */
  readonly namesOfRole: Readonly<Record<ContainerRole, readonly string[]>>;
  /** Regular containers and sidecars: the containers that may have probes and hooks (R2.6). */
  readonly probed: readonly string[];
  /** By name: the container, the first of that name in spec order (as findPodContainer finds it). */
  readonly containers: ReadonlyMap<string, PodContainer>;
  /** By name: the container's probes, defaulted (R3.1); undefined where it has none. */
  readonly probes: ReadonlyMap<string, Readonly<Record<ProbeType, Readonly<ProbeParams> | undefined>>>;
}

/** Probe parameters after defaulting (R3.1, SetDefaults_Probe: a zero field takes the default), in milliseconds. */
export interface ProbeParams {
  initialDelay: Millis;
  period: Millis;
  timeout: Millis;
  successThreshold: number;
  failureThreshold: number;
}

const factsOfPod = new KeptWith<Pod, PodFacts>('podlife pod facts');

export function podFacts(pod: Pod): PodFacts {
  return factsOfPod.get(pod, () => gather(pod));
}

function gather(pod: Pod): PodFacts {
  const all = podContainers(pod);
  const ofRole = (role: ContainerRole) => all.filter((c) => c.role === role).map((c) => c.name);
  const containers = new Map<string, PodContainer>();
  const probes = new Map<string, Record<ProbeType, ProbeParams | undefined>>();
  for (const c of all) {
    if (containers.has(c.name)) continue;
    containers.set(c.name, c);
    probes.set(c.name, { startup: defaulted(c.spec.startupProbe), liveness: defaulted(c.spec.livenessProbe), readiness: defaulted(c.spec.readinessProbe) });
  }
  return {
    names: all.map((c) => c.name),
    namesOfRole: { init: ofRole('init'), sidecar: ofRole('sidecar'), regular: ofRole('regular') },
    probed: all.filter((c) => c.role !== 'init').map((c) => c.name),
    containers,
    probes,
  };
}

function defaulted(probe: Probe | undefined): ProbeParams | undefined {
  if (!probe) return undefined;
  return {
    initialDelay: (probe.initialDelaySeconds ?? 0) * 1000,
    period: (probe.periodSeconds || 10) * 1000,
    timeout: (probe.timeoutSeconds || 1) * 1000,
    successThreshold: probe.successThreshold || 1,
    failureThreshold: probe.failureThreshold || 3,
  };
}
