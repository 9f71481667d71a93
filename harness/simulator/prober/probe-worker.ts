import { probeOutcomeAt, probeStepsOf, type ContainerBehaviour, type ProbeOutcome, type ProbeStep, type ProbeType } from '../../../specs/model/behaviour.js';
import type { Millis } from '../../../specs/model/time.js';
import type { ResolvedProbe } from './resolved-probe.js';

/** What a worker reads of its container from the status manager (it never looks at the runtime). */
export interface ObservedContainer {
  recordId: number;
  startedAt: Millis;
  started: boolean;
}

export interface ProbeWorkerHost {
  now(): Millis;
  /** R3.4: whether a probe of this type waits for the container to be started. */
  waitsForStartup(type: ProbeType): boolean;
  after(delay: Millis, action: () => void): void;
  alive(): boolean;
  /** The container as the status manager shows it now, if it is running. */
  observe(container: string): ObservedContainer | undefined;
  /** The status manager holds a status, and its phase is terminal (it may not have reached the API yet, R1.6). */
  podTerminal(): boolean;
  /** Whether the instance's process really runs (an exec into a stopped container errors). */
  processRunning(recordId: number): boolean;
  behaviour(container: string): ContainerBehaviour | undefined;
  executed(container: string, probe: ProbeType, result: ProbeOutcome): void;
}

/** The worker's side of the results manager: publish a result that crossed its threshold; drop the last one when the worker exits. */
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
  private recordId: number | null = null;
  private lastResult: ProbeOutcome | null = null;
  private resultRun = 0;
  private onHold = false;
  stopped = false;
  /** The scenario's outcome timeline for this probe (the scenario never changes during a run). */
  private readonly outcomes: readonly ProbeStep[] | undefined;

  constructor(
    readonly container: string,
    readonly type: ProbeType,
    private readonly probe: ResolvedProbe,
    private readonly host: ProbeWorkerHost,
    private readonly results: WorkerResults,
  ) {
    this.outcomes = probeStepsOf(host.behaviour(container), type);
  }

  /** Called when the status manager shows a (possibly new) running instance of the container. */
  observeInstance(instance: ObservedContainer): void {
    if (this.stopped || instance.recordId === this.recordId) return;
    this.recordId = instance.recordId;
    this.lastResult = null;
    this.resultRun = 0;
    this.onHold = false;
    const first = Math.max(this.host.now(), instance.startedAt + this.probe.initialDelay);
    const recordId = instance.recordId;
    // One callback serves every tick of this instance's chain.
    const tick = (): void => this.tick(recordId, tick);
    this.host.after(first - this.host.now(), tick);
  }

  private tick(recordId: number, next: () => void): void {
    if (this.stopped || !this.host.alive() || recordId !== this.recordId) return;
    if (this.host.podTerminal()) {
      // R3.12 — worker.go doProbe: "Worker should terminate if pod is terminated" (the status
      // manager's phase); on exit the worker's last result goes, and the worker with it.
      this.stopped = true;
      this.results.remove(this.type, recordId);
      return;
    }
    const observed = this.host.observe(this.container);
    if (!observed || observed.recordId !== recordId) return; // the instance is gone: this chain ends
    if (this.type === 'startup' && observed.started) return; // R3.4: startup probing ends once started
    const gated = this.host.waitsForStartup(this.type) && !observed.started;
    if (!this.onHold && !gated) this.probeOnce(observed);
    this.host.after(this.probe.period, next);
  }

  private probeOnce(observed: ObservedContainer): void {
    // R3.6: the status may still show an instance that has exited (the pod worker was busy);
    // the exec then fails with an error, and an error is discarded — not a result, not counted.
    if (!this.host.processRunning(observed.recordId)) return;
    const result = probeOutcomeAt(this.outcomes, this.host.now() - observed.startedAt);
    this.host.executed(this.container, this.type, result);
    if (this.lastResult === result) this.resultRun++;
    else {
      this.lastResult = result;
      this.resultRun = 1;
    }
    const threshold = result === 'Failure' ? this.probe.failureThreshold : this.probe.successThreshold;
    if (this.resultRun < threshold) return;
    this.results.publish(this.container, this.type, observed.recordId, result);
    if (result === 'Failure' && this.type !== 'readiness') {
      this.onHold = true;
      this.resultRun = 0;
    }
  }
}
