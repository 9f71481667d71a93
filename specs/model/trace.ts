import type { LifecycleTimings } from './lifecycle-timings.js';
import type { PodStatus } from './pod-status.js';
import type { Millis } from './time.js';
import type { TraceEvent, TraceEventOf, TraceEventType } from './trace-event.js';

/** What the API showed at one moment: a snapshot is taken whenever anything observable changed. */
export interface Snapshot {
  at: Millis;
  deletionTimestamp: Millis | null;
  deletionGracePeriodSeconds: number | null;
  status: PodStatus;
  /** The READY/STATUS/RESTARTS columns as the API server printed them (kube-apiserver's Table), when the backend asked. */
  printed?: { ready: string; status: string; restarts: number };
}

/** The backend's options as resolved for the run; the lifecycle timings are always present. */
export type TraceOptions = LifecycleTimings & Record<string, unknown>;

/** What one backend observed for one scenario. Both backends produce this type. */
export interface Trace {
  scenario: string;
  backend: string;
  kubernetesVersion: string;
  /** Observation ended here (the scenario's `until`, or earlier if the backend stopped). */
  horizon: Millis;
  /** Set when the backend stopped before the scenario's `until`, saying why. */
  truncated?: string;
  options: TraceOptions;
  snapshots: Snapshot[];
  events: TraceEvent[];
}

export function eventsOf<T extends TraceEventType>(trace: Trace, type: T): TraceEventOf<T>[] {
  return trace.events.filter((e): e is TraceEventOf<T> => e.type === type);
}
