import { KUBERNETES_DEFAULT_TIMINGS, type LifecycleTimings } from '../../specs/model/lifecycle-timings.js';
import type { Millis } from '../../specs/model/time.js';

/**
 * Every kubelet and controller parameter the simulator uses, in one place.
 * Defaults are Kubernetes' (1.34, default feature gates); runtime latencies default
 * to 0 so that hand-worked expectations are exact. The resolved options go into
 * every trace and report.
 */
export interface SimulatorOptions extends LifecycleTimings {
  kubernetesVersion: string;
  /** kubelet.go backOffPeriod: the pod worker re-syncs this long after a sync that failed (e.g. backing off). */
  podWorkerBackOffPeriod: Millis;
  /** KubeletConfiguration syncFrequency: periodic re-sync after a successful sync. */
  syncFrequency: Millis;
  /** Time for the runtime to create a pod sandbox (CNI included). */
  sandboxCreationTime: Millis;
  /** Time for an image pull that succeeds. */
  imagePullTime: Millis;
  /** Time from CRI CreateContainer to the process running. */
  containerStartTime: Millis;
  /** The namespace the pod is created in when its manifest names none. */
  namespace: string;
}

export const DEFAULT_SIMULATOR_OPTIONS: SimulatorOptions = {
  ...KUBERNETES_DEFAULT_TIMINGS,
  kubernetesVersion: '1.34',
  podWorkerBackOffPeriod: 10_000,
  syncFrequency: 60_000,
  sandboxCreationTime: 0,
  imagePullTime: 0,
  containerStartTime: 0,
  namespace: 'default',
};

export function resolveSimulatorOptions(overrides: Partial<SimulatorOptions> = {}): SimulatorOptions {
  const resolved = { ...DEFAULT_SIMULATOR_OPTIONS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
