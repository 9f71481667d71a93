import fc from 'fast-check';
import type { Pod, PodSpec } from '../specs/model/pod-manifest.js';
import { podSpec } from './pod-spec.js';

/** A pod kube-apiserver must reject, with the field it must name and the rule it breaks. */
export interface InvalidPod {
  pod: Pod;
  /** The field path the rejection names (e.g. `spec.containers[0].livenessProbe.successThreshold`). */
  path: string;
  rule: string;
}

interface Breaker {
  rule: string;
  break(spec: PodSpec): string;
}

const app0 = (spec: PodSpec) => spec.containers[0]!;

/** One rule of R2.6, R3.2, R5.1, R5.10, R9 each, broken on purpose in an otherwise valid pod. */
const BREAKERS: readonly Breaker[] = [
  {
    rule: 'R3.2 liveness successThreshold must be 1',
    break: (s) => {
      app0(s).livenessProbe = { exec: { command: ['/probe'] }, successThreshold: 2 };
      return 'spec.containers[0].livenessProbe.successThreshold';
    },
  },
  {
    rule: 'R3.2 startup successThreshold must be 1',
    break: (s) => {
      app0(s).startupProbe = { tcpSocket: { port: 80 }, successThreshold: 3 };
      return 'spec.containers[0].startupProbe.successThreshold';
    },
  },
  {
    rule: 'R3.2 readiness probes may not set terminationGracePeriodSeconds',
    break: (s) => {
      app0(s).readinessProbe = { exec: { command: ['/probe'] }, terminationGracePeriodSeconds: 5 };
      return 'spec.containers[0].readinessProbe.terminationGracePeriodSeconds';
    },
  },
  {
    rule: 'R3.2 a probe needs exactly one handler',
    break: (s) => {
      app0(s).readinessProbe = { exec: { command: ['/probe'] }, tcpSocket: { port: 80 } };
      return 'spec.containers[0].readinessProbe.tcpSocket';
    },
  },
  {
    rule: 'R3.2 probe numbers are not negative',
    break: (s) => {
      app0(s).livenessProbe = { exec: { command: ['/probe'] }, periodSeconds: -1 };
      return 'spec.containers[0].livenessProbe.periodSeconds';
    },
  },
  {
    rule: 'R2.6 probes are forbidden on regular init containers',
    break: (s) => {
      s.initContainers = [{ name: 'setup', image: 'busybox:1.36', readinessProbe: { exec: { command: ['/probe'] } } }, ...(s.initContainers ?? []).filter((c) => c.name !== 'setup')];
      return 'spec.initContainers[0].readinessProbe';
    },
  },
  {
    rule: 'R2.6 lifecycle hooks are forbidden on regular init containers',
    break: (s) => {
      s.initContainers = [{ name: 'setup', image: 'busybox:1.36', lifecycle: { preStop: { exec: { command: ['/hook'] } } } }, ...(s.initContainers ?? []).filter((c) => c.name !== 'setup')];
      return 'spec.initContainers[0].lifecycle';
    },
  },
  {
    rule: 'R2.6 restartPolicy may not be set on regular containers',
    break: (s) => {
      app0(s).restartPolicy = 'Always';
      return 'spec.containers[0].restartPolicy';
    },
  },
  {
    rule: 'R2.6 an init container restartPolicy can only be Always',
    break: (s) => {
      s.initContainers = [{ name: 'setup', image: 'busybox:1.36', restartPolicy: 'OnFailure' }, ...(s.initContainers ?? []).filter((c) => c.name !== 'setup')];
      return 'spec.initContainers[0].restartPolicy';
    },
  },
  {
    rule: 'container names are unique across init and regular containers',
    break: (s) => {
      s.initContainers = [{ name: 'app0', image: 'busybox:1.36' }, ...(s.initContainers ?? [])];
      return 'spec.containers[0].name';
    },
  },
  {
    rule: 'a container needs an image',
    break: (s) => {
      app0(s).image = '';
      return 'spec.containers[0].image';
    },
  },
  {
    rule: 'container names are DNS labels',
    break: (s) => {
      app0(s).name = 'App_0';
      return 'spec.containers[0].name';
    },
  },
  {
    rule: 'R5.1 terminationGracePeriodSeconds is not negative',
    break: (s) => {
      s.terminationGracePeriodSeconds = -5;
      return 'spec.terminationGracePeriodSeconds';
    },
  },
  {
    rule: 'R5.10 activeDeadlineSeconds is at least 1',
    break: (s) => {
      s.activeDeadlineSeconds = 0;
      return 'spec.activeDeadlineSeconds';
    },
  },
  {
    rule: 'restartPolicy is Always, OnFailure or Never',
    break: (s) => {
      (s as { restartPolicy: string }).restartPolicy = 'Sometimes';
      return 'spec.restartPolicy';
    },
  },
  {
    rule: 'a request may not exceed its limit',
    break: (s) => {
      app0(s).resources = { requests: { memory: '1Gi' }, limits: { memory: '128Mi' } };
      return 'spec.containers[0].resources.requests';
    },
  },
  {
    rule: 'a pod needs at least one container',
    break: (s) => {
      s.containers = [];
      return 'spec.containers';
    },
  },
];

/** Invalid pods for the validation path: a valid generated pod with one rule broken. */
export const invalidPod: fc.Arbitrary<InvalidPod> = fc
  .record({ spec: podSpec, breaker: fc.constantFrom(...BREAKERS) })
  .map(({ spec, breaker }) => {
    const copy = structuredClone(spec);
    const path = breaker.break(copy);
    return { pod: { metadata: { name: 'pod' }, spec: copy }, path, rule: breaker.rule };
  });

export const INVALID_POD_RULES: readonly string[] = BREAKERS.map((b) => b.rule);
