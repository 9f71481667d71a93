import type { ContainerBehaviour } from '../model/behaviour.js';
import type { ContainerState } from '../model/container-state.js';
import type { ContainerStatus } from '../model/container-status.js';
import type { ScheduledFault } from '../model/fault.js';
import { KUBERNETES_DEFAULT_TIMINGS } from '../model/lifecycle-timings.js';
import type { PodSpec } from '../model/pod-manifest.js';
import type { PodPhase } from '../model/pod-phase.js';
import type { ConditionStatus } from '../model/pod-condition.js';
import type { PodStatus } from '../model/pod-status.js';
import type { Scenario } from '../model/scenario.js';
import type { Millis } from '../model/time.js';
import type { Snapshot, Trace } from '../model/trace.js';
import type { TraceEvent } from '../model/trace-event.js';

/**
 * Test support: hand-written traces. Each `snapshot` starts from the previous status and
 * applies the edits given, so a trace reads as the story of what changed.
 */
export class TraceBuilder {
  private readonly snapshots: Snapshot[] = [];
  private readonly events: TraceEvent[] = [];
  private current: PodStatus;
  private deletionTimestamp: Millis | null = null;
  private deletionGracePeriodSeconds: number | null = null;
  private horizon: Millis = 600_000;

  constructor(
    private readonly spec: PodSpec,
    private readonly extras: { containers?: Record<string, ContainerBehaviour>; faults?: ScheduledFault[] } = {},
  ) {
    const names = (list: readonly { name: string; image: string }[]) =>
      list.map((c): ContainerStatus => ({
        name: c.name,
        image: c.image,
        state: { waiting: { reason: (spec.initContainers ?? []).length > 0 ? 'PodInitializing' : 'ContainerCreating' } },
        lastState: {},
        ready: false,
        started: false,
        restartCount: 0,
      }));
    this.current = {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: 0 }],
      initContainerStatuses: names(spec.initContainers ?? []),
      containerStatuses: names(spec.containers),
      qosClass: 'BestEffort',
      startTime: 0,
    };
  }

  /** A snapshot at `at`: the previous status with `edits` applied. */
  at(at: Millis, ...edits: Edit[]): this {
    const status: PodStatus = structuredClone(this.current);
    for (const edit of edits) edit(status, this);
    this.current = status;
    this.snapshots.push({ at, deletionTimestamp: this.deletionTimestamp, deletionGracePeriodSeconds: this.deletionGracePeriodSeconds, status });
    return this;
  }

  event(event: TraceEvent): this {
    this.events.push(event);
    return this;
  }

  deleted(deletionTimestamp: Millis, gracePeriodSeconds: number): Edit {
    return () => {
      this.deletionTimestamp = deletionTimestamp;
      this.deletionGracePeriodSeconds = gracePeriodSeconds;
    };
  }

  until(horizon: Millis): this {
    this.horizon = horizon;
    return this;
  }

  build(): { trace: Trace; scenario: Scenario } {
    const scenario: Scenario = {
      apiVersion: 'podlife/v1alpha1',
      kind: 'Scenario',
      name: 'hand-written',
      until: this.horizon,
      pod: { metadata: { name: 'p' }, spec: this.spec },
      containers: this.extras.containers ?? {},
      faults: this.extras.faults ?? [],
    };
    const trace: Trace = {
      scenario: scenario.name,
      backend: 'hand-written',
      kubernetesVersion: '1.34',
      horizon: this.horizon,
      options: { ...KUBERNETES_DEFAULT_TIMINGS },
      snapshots: this.snapshots,
      events: this.events,
    };
    return { trace, scenario };
  }
}

export type Edit = (status: PodStatus, builder: TraceBuilder) => void;

export function traceOf(spec: PodSpec, extras?: ConstructorParameters<typeof TraceBuilder>[1]): TraceBuilder {
  return new TraceBuilder(spec, extras);
}

export const phase =
  (p: PodPhase, reason?: string): Edit =>
  (s) => {
    s.phase = p;
    if (reason !== undefined) s.reason = reason;
  };

/** Edits one container's status (init or regular) by name. */
export const container =
  (name: string, patch: Partial<ContainerStatus>): Edit =>
  (s) => {
    const c = s.containerStatuses.find((x) => x.name === name) ?? s.initContainerStatuses.find((x) => x.name === name);
    if (!c) throw new Error(`no container ${name} in the hand-written trace`);
    Object.assign(c, patch);
  };

export const condition =
  (type: string, status: ConditionStatus, lastTransitionTime: Millis, extra: { reason?: string; message?: string } = {}): Edit =>
  (s) => {
    const next = { type, status, lastTransitionTime, ...extra };
    const i = s.conditions.findIndex((c) => c.type === type);
    if (i >= 0) s.conditions[i] = next;
    else s.conditions.push(next);
  };

export const set =
  (patch: Partial<PodStatus>): Edit =>
  (s) => {
    Object.assign(s, patch);
  };

export const running = (startedAt: Millis): ContainerState => ({ running: { startedAt } });
export const waiting = (reason: string, message?: string): ContainerState => ({ waiting: { reason, ...(message ? { message } : {}) } });
export const terminated = (exitCode: number, startedAt: Millis | null, finishedAt: Millis | null, reason = exitCode === 0 ? 'Completed' : 'Error'): ContainerState => ({
  terminated: { exitCode, reason, startedAt, finishedAt },
});

/** A pod spec with one regular container per name. */
export function simpleSpec(restartPolicy: PodSpec['restartPolicy'], ...names: string[]): PodSpec {
  return { restartPolicy, containers: names.map((name) => ({ name, image: 'busybox:1.36' })) };
}
