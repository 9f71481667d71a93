import type { Probe } from '../../../specs/model/pod-manifest.js';
import type { Millis } from '../../../specs/model/time.js';

export interface ResolvedProbe {
  initialDelay: Millis;
  period: Millis;
  successThreshold: number;
  failureThreshold: number;
  /** Probe-level terminationGracePeriodSeconds (R3.10), if set. */
  terminationGracePeriodSeconds?: number;
}

/** R3.1 — pkg/apis/core/v1/defaults.go `SetDefaults_Probe`: zero means the default. */
export function resolveProbe(probe: Probe): ResolvedProbe {
  return {
    initialDelay: (probe.initialDelaySeconds ?? 0) * 1000,
    period: (probe.periodSeconds || 10) * 1000,
    successThreshold: probe.successThreshold || 1,
    failureThreshold: probe.failureThreshold || 3,
    ...(probe.terminationGracePeriodSeconds !== undefined ? { terminationGracePeriodSeconds: probe.terminationGracePeriodSeconds } : {}),
  };
}
