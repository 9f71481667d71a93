import type { Run } from '../../../specs/model/behaviour.js';
import { sigtermOf, type ContainerBehaviour } from '../../../specs/model/behaviour.js';
import type { TerminatedReason } from '../../../specs/model/reasons.js';
import type { Millis } from '../../../specs/model/time.js';
import type { Signal } from '../../../specs/model/trace-event.js';
import { Latch } from '../engine/latch.js';
import type { Scheduler } from '../engine/scheduler.js';
import type { TraceRecorder } from '../trace-recorder.js';
import { viewOf, type ContainerRecord, type RecordView } from './container-record.js';
import type { RuntimePodStatus, SandboxView } from './runtime-pod-status.js';
import { clearList } from '../engine/clear-list.js';

/** Exit code and reason containerd reports for a task that is gone after a reboot. */
const UNKNOWN_EXIT_CODE = 255;
const SIGKILL_EXIT_CODE = 137;

export interface RuntimeListener {
  /** PLEG: a container started or exited. */
  containerChanged(record: ContainerRecord): void;
}

/**
 * The container runtime of the node (containerd + runc): sandboxes, container
 * records and the processes in them, which follow the scenario's behaviours.
 * It keeps running while the kubelet is down.
 */
export class ContainerRuntime {
  private readonly sandboxes: { attempt: number; ready: boolean }[] = [];
  private readonly records: ContainerRecord[] = [];
  /** The same records by id (probes ask for one on every tick). */
  private readonly byId = new Map<number, ContainerRecord>();
  private nextId = 1;
  private readonly startCounts = new Map<string, number>();
  /** The kubelet's container log directory: restart counts that have a log file, per container name. */
  private readonly logs = new Map<string, Set<number>>();
  listener: RuntimeListener | null = null;
  /** The last GetPodStatus answer, until anything it shows changes (views are never changed). */
  private shown: RuntimePodStatus | null = null;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly recorder: TraceRecorder,
    private readonly behaviours: Readonly<Record<string, ContainerBehaviour>>,
  ) {}

  /** Drops the records, processes and logs (the run is over). */
  release(): void {
    for (const record of this.records) record.exited.release();
    clearList(this.sandboxes);
    clearList(this.records);
    this.byId.clear();
    this.startCounts.clear();
    this.logs.clear();
    this.shown = null;
    this.listener = null;
  }

  /** GetPodStatus: sandboxes and containers, newest first. */
  podStatus(): RuntimePodStatus {
    if (this.shown) return this.shown;
    const sandboxes: SandboxView[] = [];
    for (let i = this.sandboxes.length - 1; i >= 0; i--) sandboxes.push({ attempt: this.sandboxes[i]!.attempt, ready: this.sandboxes[i]!.ready });
    const containers: RecordView[] = [];
    const byName = new Map<string, RecordView[]>();
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i]!;
      const view = record.view ?? (record.view = viewOf(record));
      containers.push(view);
      const named = byName.get(view.name);
      if (named) named.push(view);
      else byName.set(view.name, [view]);
    }
    return (this.shown = { sandboxes, containers, byName, sandboxChange: undefined, regularContainerInNewestSandbox: undefined, prunedAlready: undefined, newestInSpecOrder: undefined });
  }

  currentSandboxAttempt(): number | undefined {
    return this.sandboxes[this.sandboxes.length - 1]?.attempt;
  }

  createSandbox(attempt: number): void {
    this.shown = null;
    for (const s of this.sandboxes) s.ready = false;
    this.sandboxes.push({ attempt, ready: true });
    this.recorder.event({ at: this.scheduler.now, type: 'SandboxCreated', attempt });
  }

  stopSandboxes(): void {
    this.shown = null;
    for (const s of this.sandboxes) s.ready = false;
  }

  running(): ContainerRecord[] {
    return this.records.filter((r) => r.state === 'running');
  }

  record(id: number): ContainerRecord | undefined {
    return this.byId.get(id);
  }

  /** The kubelet removes records, and their logs with them (init container pruning and purging, R2.5). */
  remove(ids: ReadonlySet<number>): void {
    this.shown = null;
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i]!;
      if (!ids.has(record.id)) continue;
      this.logs.get(record.name)?.delete(record.restartCount);
      this.records.splice(i, 1);
      this.byId.delete(record.id);
    }
  }

  /** `crictl rm -f` behind the kubelet's back: the process dies, the record goes, the log stays (E13). */
  forceRemove(record: ContainerRecord): void {
    this.exit(record, SIGKILL_EXIT_CODE, 'Error', false);
    const i = this.records.indexOf(record);
    this.shown = null;
    if (i >= 0) this.records.splice(i, 1);
    this.byId.delete(record.id);
    this.listener?.containerChanged(record);
  }

  /**
   * kuberuntime `calcRestartCountByLogDir`: with no record left, the next restart count
   * is one more than the highest log file's, or 0.
   */
  restartCountFromLogs(name: string): number {
    const counts = this.logs.get(name);
    if (counts === undefined || counts.size === 0) return 0;
    let highest = -Infinity;
    for (const count of counts) if (count > highest) highest = count;
    return highest + 1;
  }

  /**
   * The kubelet's container GC (MaxPerPodContainer 1): of the exited records of a container
   * only the newest is kept — all that doBackOff (newest exit) and lastState (the instance
   * before the current one) ever read. Its log goes with each removed record.
   */
  private collectGarbage(name: string): void {
    this.shown = null;
    let keptExited = false;
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i]!;
      if (record.name !== name || record.state !== 'exited') continue;
      if (!keptExited) {
        keptExited = true;
        continue;
      }
      this.logs.get(name)?.delete(record.restartCount);
      this.records.splice(i, 1);
      this.byId.delete(record.id);
    }
  }

  /** CreateContainer + StartContainer. The process starts following its next run. */
  start(name: string, image: string, restartCount: number, sandbox: number): ContainerRecord {
    this.collectGarbage(name);
    const startIndex = this.startCounts.get(name) ?? 0;
    this.startCounts.set(name, startIndex + 1);
    const behaviour = this.behaviours[name];
    const runs = behaviour?.runs;
    const run: Run = runs && runs.length > 0 ? runs[Math.min(startIndex, runs.length - 1)]! : {};
    const now = this.scheduler.now;
    const record: ContainerRecord = {
      id: this.nextId++,
      name,
      sandbox,
      image,
      restartCount,
      run,
      createdAt: now,
      state: 'running',
      startedAt: now,
      finishedAt: null,
      exitCode: 0,
      reason: null,
      exited: new Latch(),
      exitToken: 0,
      sigtermAt: null,
      view: null,
    };
    this.shown = null;
    this.records.push(record);
    this.byId.set(record.id, record);
    let logs = this.logs.get(name);
    if (!logs) this.logs.set(name, (logs = new Set()));
    logs.add(restartCount);
    this.recorder.event({ at: now, type: 'ContainerStarted', container: name, restartCount });
    if (run.exitAfter !== undefined) {
      const exitCode = run.exitCode ?? 0;
      this.exitAfter(record, run.exitAfter, exitCode, exitCode === 0 ? 'Completed' : 'Error');
    }
    this.listener?.containerChanged(record);
    return record;
  }

  /** Delivers a signal to the container's process (CRI StopContainer sends these). */
  signal(record: ContainerRecord, signal: Signal): void {
    if (record.state !== 'running') return;
    const now = this.scheduler.now;
    this.recorder.event({ at: now, type: 'SignalSent', container: record.name, signal });
    if (signal === 'SIGKILL') {
      this.exit(record, SIGKILL_EXIT_CODE, 'Error');
      return;
    }
    if (record.sigtermAt !== null) return;
    record.sigtermAt = now;
    const onSigterm = sigtermOf(this.behaviours[record.name]);
    if (onSigterm.ignore) return;
    const exitCode = onSigterm.exitCode;
    const reason = exitCode === 0 ? 'Completed' : 'Error';
    const naturalExit = record.run.exitAfter === undefined ? Infinity : record.startedAt! + record.run.exitAfter;
    if (now + onSigterm.exitAfter < naturalExit) this.exitAfter(record, onSigterm.exitAfter, exitCode, reason);
  }

  /** StopContainer(timeout): SIGTERM now, SIGKILL when the timeout passes. Resolves when the process is gone. */
  stop(record: ContainerRecord, timeout: Millis): Latch {
    if (record.state !== 'running') return Latch.resolved();
    this.signal(record, 'SIGTERM');
    if (record.state === 'running') {
      this.scheduler.after(timeout, () => this.signal(record, 'SIGKILL'));
    }
    return record.exited;
  }

  /** A fault ends the process from outside (runtime kill, OOM killer). */
  kill(record: ContainerRecord, exitCode: number, reason: TerminatedReason): void {
    if (record.state === 'running') this.exit(record, exitCode, reason);
  }

  /** Every process dies and every sandbox is gone; containerd reports the tasks as exited 255 "Unknown". */
  reboot(): void {
    this.stopSandboxes();
    for (const record of this.records) {
      if (record.state === 'running' || record.state === 'created') this.exit(record, UNKNOWN_EXIT_CODE, 'Unknown', false);
    }
  }

  private exitAfter(record: ContainerRecord, delay: Millis, exitCode: number, reason: TerminatedReason): void {
    const token = ++record.exitToken;
    this.scheduler.after(delay, () => {
      if (record.exitToken === token) this.exit(record, exitCode, reason);
    });
  }

  private exit(record: ContainerRecord, exitCode: number, reason: TerminatedReason, notify = true): void {
    if (record.state !== 'running' && record.state !== 'created') return;
    this.shown = null;
    record.view = null;
    record.state = 'exited';
    record.exitCode = exitCode;
    record.reason = reason;
    record.finishedAt = this.scheduler.now;
    record.exitToken++;
    this.recorder.event({ at: this.scheduler.now, type: 'ContainerExited', container: record.name, exitCode, reason });
    record.exited.resolve();
    if (notify) this.listener?.containerChanged(record);
  }
}
