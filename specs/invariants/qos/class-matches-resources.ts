import { PASS, violation, type Invariant } from '../../invariant.js';
import type { Container, PodSpec, ResourceList } from '../../model/pod-manifest.js';
import type { QOSClass } from '../../model/qos-class.js';
import { parseQuantity } from '../../model/quantity.js';
import type { Scenario } from '../../model/scenario.js';
import { SOURCES } from '../citations.js';
import { KeptWith } from '../kept-with.js';

/** Only cpu and memory decide the class (isSupportedQoSComputeResource). */
const QOS_RESOURCES = ['cpu', 'memory'] as const;
type QosResource = (typeof QOS_RESOURCES)[number];

/**
 * R8.1, E20: the QoS class, computed here with the older sum-based GetPodQOS — written apart
 * from the per-container form the simulator uses, which SEMANTICS says gives the same answer for
 * valid pods (requests never exceed limits). Over init containers (sidecars included) and regular
 * containers, after API defaulting copies a limit into an unset request: no cpu/memory request
 * or limit anywhere → BestEffort; every container with cpu and memory limits and the summed
 * requests equal to the summed limits for both → Guaranteed; anything else → Burstable. Zero
 * quantities count as unset; ephemeral-storage, hugepages and extended resources never matter.
 * Pods with pod-level `spec.resources` (PodLevelResources, on by default from 1.34) are classified
 * by those alone after their own defaulting, which this check does not model: skipped.
 */
export const classMatchesResources: Invariant = {
  id: 'qos/class-matches-resources',
  title: 'status.qosClass is the class the containers’ cpu and memory requests and limits give',
  citation: { rule: 'R8.1', source: 'pkg/apis/core/v1/helper/qos/qos.go ComputePodQOS (older GetPodQOS, sum-based)', url: SOURCES.qos },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    if (scenario.pod.spec.resources !== undefined) return { skip: 'pod-level resources (PodLevelResources) are classified with their own defaulting, not modelled here' };
    if (expectedQosClassOnce(scenario) === undefined) return { skip: 'a cpu or memory quantity does not parse; validation rejects such a pod' };
    return true;
  },
  check(trace, scenario) {
    const expected = expectedQosClassOnce(scenario);
    if (expected === undefined) return PASS;
    const s = trace.snapshots.find((x) => x.status.qosClass !== expected);
    if (!s) return PASS;
    return violation({
      at: s.at,
      expected: `qosClass ${expected}`,
      observed: `qosClass ${s.status.qosClass}`,
      message: `the pod's QoS class is ${s.status.qosClass}, its resources make it ${expected}`,
    });
  },
};

/** Each pod spec's expected class, computed once (appliesTo and check both ask; a scenario is not changed once made). */
const expectedOfSpec = new KeptWith<PodSpec, { qos: QOSClass | undefined }>('podlife expected QoS class');

function expectedQosClassOnce(scenario: Scenario): QOSClass | undefined {
  return expectedOfSpec.get(scenario.pod.spec, () => ({ qos: expectedQosClass(scenario) })).qos;
}

/** The sum-based GetPodQOS over defaulted container resources; undefined if a quantity does not parse. */
export function expectedQosClass(scenario: Scenario): QOSClass | undefined {
  const containers: Container[] = [...(scenario.pod.spec.initContainers ?? []), ...scenario.pod.spec.containers];
  const requests = new Map<QosResource, number>();
  const limits = new Map<QosResource, number>();
  let guaranteed = true;
  for (const c of containers) {
    const lim = positive(c.resources?.limits);
    // SetDefaults_Container: a limit without a request becomes the request too
    const req = positive({ ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) });
    if (!lim || !req) return undefined;
    for (const [r, q] of req) requests.set(r, (requests.get(r) ?? 0) + q);
    for (const [r, q] of lim) limits.set(r, (limits.get(r) ?? 0) + q);
    if (!QOS_RESOURCES.every((r) => lim.has(r))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [r, q] of requests) {
      const l = limits.get(r);
      if (l === undefined || !same(l, q)) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** The cpu and memory quantities above zero; undefined if one does not parse. */
function positive(list: ResourceList | undefined): Map<QosResource, number> | undefined {
  const out = new Map<QosResource, number>();
  for (const r of QOS_RESOURCES) {
    const raw = list?.[r];
    if (raw === undefined) continue;
    const q = parseQuantity(raw);
    if (q === undefined) return undefined;
    if (q > 0) out.set(r, q);
  }
  return out;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
