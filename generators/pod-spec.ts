import fc from 'fast-check';
import { RESTART_POLICIES, type Container, type Lifecycle, type PodSpec, type Toleration } from '../specs/model/pod-manifest.js';
import { initContainer, named, regularContainer, sidecarContainer, type ContainerDraft } from './containers.js';
import { compact, maybe, wholeSeconds } from './durations.js';
import { podTerminationGracePeriodSeconds } from '../specs/model/container-role.js';

export interface PodDraft {
  restartPolicy: PodSpec['restartPolicy'];
  terminationGracePeriodSeconds: number | undefined;
  activeDeadlineSeconds: number | undefined;
  initContainers: { sidecar: boolean; draft: ContainerDraft }[];
  containers: ContainerDraft[];
  readinessGate: boolean;
  tolerations: Toleration[] | undefined;
}

const unreachableToleration = wholeSeconds(0, 120).map((tolerationSeconds): Toleration[] => [
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds },
]);

export const podDraft: fc.Arbitrary<PodDraft> = fc.record({
  restartPolicy: maybe(fc.constantFrom(...RESTART_POLICIES), 0.8),
  terminationGracePeriodSeconds: maybe(wholeSeconds(0, 45), 0.6),
  activeDeadlineSeconds: maybe(wholeSeconds(5, 600), 0.2),
  initContainers: fc.array(
    fc.oneof(
      initContainer.map((draft) => ({ sidecar: false, draft })),
      sidecarContainer.map((draft) => ({ sidecar: true, draft })),
    ),
    { maxLength: 2 },
  ),
  containers: fc.array(regularContainer, { minLength: 1, maxLength: 3 }),
  readinessGate: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  tolerations: maybe(unreachableToleration, 0.15),
});

/** Names by position (`init0`, `side1`, `app0` …): unique, and stable while shrinking. */
export function podSpecOf(d: PodDraft): PodSpec {
  const spec: PodSpec = compact({
    restartPolicy: d.restartPolicy,
    terminationGracePeriodSeconds: d.terminationGracePeriodSeconds,
    activeDeadlineSeconds: d.activeDeadlineSeconds,
    initContainers: d.initContainers.length > 0 ? d.initContainers.map((c, i) => named(c.draft, `${c.sidecar ? 'side' : 'init'}${i}`)) : undefined,
    containers: d.containers.map((c, i) => named(c, `app${i}`)),
    readinessGates: d.readinessGate ? [{ conditionType: 'example.com/load-balancer-ready' }] : undefined,
    tolerations: d.tolerations,
  });
  const grace = podTerminationGracePeriodSeconds({ spec });
  const fit = (c: Container) => sleepWithinGrace(c, grace);
  return { ...spec, ...(spec.initContainers ? { initContainers: spec.initContainers.map(fit) } : {}), containers: spec.containers.map(fit) };
}

/** validateSleepAction (1.34): a `sleep` hook may not outlast the pod's grace period; longer ones are cut to it. */
function sleepWithinGrace(container: Container, grace: number): Container {
  const lifecycle = container.lifecycle;
  if (!lifecycle) return container;
  const fitted: Lifecycle = { ...lifecycle };
  let changed = false;
  for (const hook of ['postStart', 'preStop'] as const) {
    const sleep = lifecycle[hook]?.sleep;
    if (sleep && sleep.seconds > grace) {
      fitted[hook] = { sleep: { seconds: grace } };
      changed = true;
    }
  }
  return changed ? { ...container, lifecycle: fitted } : container;
}

/** Valid pod specs (kube-apiserver would accept them). */
export const podSpec: fc.Arbitrary<PodSpec> = podDraft.map(podSpecOf);
