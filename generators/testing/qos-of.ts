import type { Pod } from '../../specs/model/pod-manifest.js';
import { parseQuantity } from '../../specs/model/quantity.js';

/** Test support: the QoS class by the classic rule (R8.1), to measure generator coverage. */
export function qosOf(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const all = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  const value = (v: string | number | undefined) => (v === undefined ? 0 : (parseQuantity(v) ?? 0));
  let anySet = false;
  let guaranteed = true;
  for (const c of all) {
    for (const r of ['cpu', 'memory']) {
      const limit = value(c.resources?.limits?.[r]);
      const request = value(c.resources?.requests?.[r]) || limit;
      if (request || limit) anySet = true;
      if (!limit || request !== limit) guaranteed = false;
    }
  }
  if (!anySet) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
