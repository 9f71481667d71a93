import { probeOutcomeAt, probeStepsOf, type ContainerBehaviour, type ProbeOutcome, type ProbeStep, type ProbeType } from '../../../specs/model/behaviour.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { Millis } from '../../../specs/model/time.js';
import type { RuntimeState } from '../runtime/container-record.js';
import type { ResolvedProbe } from './resolved-probe.js';

/** A running instance of a container, as a worker learns of it from the status manager's status. */
export interface ObservedInstance {
  recordId: number;
  /** The status's containerID for it (`sim://<recordId>`). */
  containerID: string;
  startedAt: Millis;
}

export interface ProbeWorkerHost {
  now(): Millis;
  /** R3.4: whether a probe of this type waits for the container to be started. */
  waitsForStartup(type: ProbeType): boolean;
  after(delay: Millis, action: () => void): void;
  alive(): boolean;
  /** The container's status in the status manager's status, if it has one (a sidecar's among the init containers', at its spec position). */
  observe(container: string, sidecar: boolean, position: number): ContainerStatus | undefined;
  /** The status manager holds a status, and its phase is terminal (it may not have reached the API yet, R1.6). */
  podTerminal(): boolean;
  /** The instance's process as the runtime has it, if it does: whether it really runs decides whether an exec can (an exec into a stopped container errors). */
  process(recordId: number): { readonly state: RuntimeState } | undefined;
  behaviour(container: string): ContainerBehaviour | undefined;
  executed(container: string, probe: ProbeType, result: ProbeOutcome): void;
}

/** The worker's side of its results manager: publish a result that crossed its threshold; drop the last one when the worker exits. */
export interface WorkerResults {
  publish(container: string, probe: ProbeType, recordId: number, result: ProbeOutcome): void;
  remove(probe: ProbeType, recordId: number): void;
}

/**
 * One prober worker (pkg/kubelet/prober/worker.go): for each container instance it
 * probes every period from startedAt + initialDelaySeconds (R3.13: the newer worker's
 * schedule; the legacy ticker lands within one period of it), publishes results only
 * past the thresholds (R3.6), gates on startup (R3.4), holds after a
 * liveness/startup failure until a new container instance appears (R3.7), and exits
 * once the status manager's phase is terminal (R3.12).
 */
export class ProbeWorker {
  /**
   * The container's status in the status manager's status, and whether that status's phase is
   * terminal — as the worker would read them on each tick (worker.go doProbe); they change only
   * with the status, so the prober hands them over whenever it does.
   */
  private observed: ContainerStatus | undefined = undefined;
  private podTerminal = false;
  /** The instance the worker probes now. */
  private recordId: number | null = null;
  private containerID = '';
  private startedAt: Millis = 0;
  private process: { readonly state: RuntimeState } | undefined = undefined;
  /** The containerID of the last instance the prober manager saw in a status for this worker (it sets the initial result once per instance). */
  seenContainerID: string | undefined = undefined;
  private lastResult: ProbeOutcome | null = null;
  /** What the results manager holds for the instance, as far as this worker set it (nothing else does while it probes). */
  private published: ProbeOutcome | undefined = undefined;
  private resultRun = 0;
  private onHold = false;
  stopped = false;
  /** The scenario's outcome timeline for this probe (the scenario never changes during a run). */
  private readonly outcomes: readonly ProbeStep[] | undefined;
  private readonly gatedOnStartup: boolean;

  constructor(
    readonly container: string,
    /** A sidecar (its status is among the init containers'), and its position in its spec list. */
    readonly sidecar: boolean,
    readonly position: number,
    readonly type: ProbeType,
    private readonly probe: ResolvedProbe,
    private readonly host: ProbeWorkerHost,
    private readonly results: WorkerResults,
  ) {
    this.outcomes = probeStepsOf(host.behaviour(container), type);
    this.gatedOnStartup = host.waitsForStartup(type);
  }

  /** The status manager's status changed (see `observed`). */
  statusChanged(observed: ContainerStatus | undefined, podTerminal: boolean): void {
    this.observed = observed;
    this.podTerminal = podTerminal;
  }

  /** Called when the status manager shows a (possibly new) running instance of the container; `initial` is its result to begin with (R3.3). */
  observeInstance(instance: ObservedInstance, initial: ProbeOutcome | undefined): void {
    if (this.stopped || instance.recordId === this.recordId) return;
    this.recordId = instance.recordId;
    this.published = initial;
    this.containerID = instance.containerID;
    this.startedAt = instance.startedAt;
    this.process = this.host.process(instance.recordId);
    this.lastResult = null;
    this.resultRun = 0;
    this.onHold = false;
    const now = this.host.now();
    const first = Math.max(now, instance.startedAt + this.probe.initialDelay);
    const recordId = instance.recordId;
    // One callback serves every tick of this instance's chain.
    const tick = (): void => this.tick(recordId, tick);
    this.host.after(first - now, tick);
  }

  private tick(recordId: number, next: () => void): void {
    if (this.stopped || recordId !== this.recordId || !this.host.alive()) return;
    if (this.podTerminal) {
      // R3.12 — worker.go doProbe: "Worker should terminate if pod is terminated" (the status
      // manager's phase); on exit the worker's last result goes, and the worker with it.
      this.stopped = true;
      this.results.remove(this.type, recordId);
      return;
    }
    const observed = this.observed;
    // The instance is gone from the status (no longer running, or another one): this chain ends.
    if (observed === undefined || observed.state.running === undefined || observed.containerID !== this.containerID) return;
    if (this.type === 'startup' && observed.started) return; // R3.4: startup probing ends once started
    const gated = this.gatedOnStartup && !observed.started;
    if (!this.onHold && !gated) this.probeOnce(recordId);
    this.host.after(this.probe.period, next);
  }

  private probeOnce(recordId: number): void {
    // R3.6: the status may still show an instance that has exited (the pod worker was busy);
    // the exec then fails with an error, and an error is discarded — not a result, not counted.
    if (this.process?.state !== 'running') return;
    const result = probeOutcomeAt(this.outcomes, this.host.now() - this.startedAt);
    this.host.executed(this.container, this.type, result);
    if (this.lastResult === result) this.resultRun++;
    else {
      this.lastResult = result;
      this.resultRun = 1;
    }
    const threshold = result === 'Failure' ? this.probe.failureThreshold : this.probe.successThreshold;
    if (this.resultRun < threshold) return;
    if (result !== this.published) {
      this.published = result;
      this.results.publish(this.container, this.type, recordId, result);
    }
    if (result === 'Failure' && this.type !== 'readiness') {
      this.onHold = true;
      this.resultRun = 0;
    }
  }
}
