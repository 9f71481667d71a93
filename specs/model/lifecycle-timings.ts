import type { Millis } from './time.js';

/**
 * The kubelet and controller timings that lifecycle promises are stated in terms of.
 * Each backend declares the values it runs with (the simulator: its options; a
 * cluster: its configuration), and timing invariants read them from the trace.
 */
export interface LifecycleTimings {
  /** R4.3 initialCrashLoopBackOff (kubelet.go). */
  crashLoopBackOffInitial: Millis;
  /** R4.3 MaxContainerBackOff (v1beta1/defaults.go). */
  crashLoopBackOffMax: Millis;
  /** R4.3/R4.4: a backoff entry expires when the container ran longer than this (HasExpiredFunc). */
  crashLoopBackOffReset: Millis;
  /** R4.3 image pull backoff (kubelet.go imageBackOffPeriod, MaxImageBackOff). */
  imagePullBackOffInitial: Millis;
  imagePullBackOffMax: Millis;
  /** R5.3 step 4 minimumGracePeriodInSeconds. */
  minimumGracePeriod: Millis;
  /** R10.1 --node-monitor-grace-period (50 s since 1.32, kubernetes#126287). */
  nodeMonitorGracePeriod: Millis;
  /** R10.4 --default-unreachable-toleration-seconds / --default-not-ready-toleration-seconds. */
  defaultTolerationSeconds: number;
}

export const KUBERNETES_DEFAULT_TIMINGS: LifecycleTimings = {
  crashLoopBackOffInitial: 10_000,
  crashLoopBackOffMax: 300_000,
  crashLoopBackOffReset: 600_000,
  imagePullBackOffInitial: 10_000,
  imagePullBackOffMax: 300_000,
  minimumGracePeriod: 2_000,
  nodeMonitorGracePeriod: 50_000,
  defaultTolerationSeconds: 300,
};
