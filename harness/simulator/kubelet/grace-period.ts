import type { Container, PodSpec } from '../../../specs/model/pod-manifest.js';
import type { KillReason } from '../../../specs/model/trace-event.js';

/** R5.3 step 4 — kuberuntime_container.go `minimumGracePeriodInSeconds` */
export const MINIMUM_GRACE_PERIOD_SECONDS = 2;

/**
 * R3.10, R5.3 step 1 — kuberuntime_container.go `setTerminationGracePeriod`:
 * deletion grace first, then the probe's grace for a probe kill, then the pod's.
 */
export function terminationGracePeriod(spec: PodSpec, deletionGracePeriodSeconds: number | null, container: Container, reason: KillReason): number {
  if (deletionGracePeriodSeconds !== null) return deletionGracePeriodSeconds;
  if (reason === 'StartupProbe' && container.startupProbe?.terminationGracePeriodSeconds !== undefined) {
    return container.startupProbe.terminationGracePeriodSeconds;
  }
  if (reason === 'LivenessProbe' && container.livenessProbe?.terminationGracePeriodSeconds !== undefined) {
    return container.livenessProbe.terminationGracePeriodSeconds;
  }
  return spec.terminationGracePeriodSeconds ?? 30;
}

/**
 * R5.2, R5.9 — pod_workers.go `calculateEffectiveGracePeriod`: the grace can only shrink;
 * without an override it defaults to the pod's; it is never below 1 — so a force delete
 * (deletion grace 0, an override) gives 1 s, which killContainer raises to 2 s.
 */
export function effectiveGracePeriod(current: number, spec: PodSpec, deletionGracePeriodSeconds: number | null): number {
  let grace = current;
  let overridden = false;
  if (deletionGracePeriodSeconds !== null && (grace === 0 || deletionGracePeriodSeconds < grace)) {
    grace = deletionGracePeriodSeconds;
    overridden = true;
  }
  if (!overridden && grace === 0) grace = spec.terminationGracePeriodSeconds ?? 30;
  return Math.max(grace, 1);
}
