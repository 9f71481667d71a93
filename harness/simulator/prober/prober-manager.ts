import { assertNever } from '../../../specs/model/assert-never.js';
import { PROBE_TYPES, type ProbeOutcome, type ProbeType } from '../../../specs/model/behaviour.js';
import { isSidecar, podContainers } from '../../../specs/model/container-role.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { Pod, Probe, PodSpec } from '../../../specs/model/pod-manifest.js';
import { clearList } from '../engine/clear-list.js';
import type { ProbeResultsView } from '../kubelet/compute-pod-actions.js';
import { CONTAINER_ID_PREFIX } from '../runtime/container-record.js';
import { containerStatusWith } from '../status/status-objects.js';
import { ProbeWorker, type ProbeWorkerHost, type WorkerResults } from './probe-worker.js';
import { resolveProbe } from './resolved-probe.js';

const PROBE_FIELD: Record<ProbeType, 'startupProbe' | 'livenessProbe' | 'readinessProbe'> = {
  startup: 'startupProbe',
  liveness: 'livenessProbe',
  readiness: 'readinessProbe',
};

export interface ProberManagerHost extends ProbeWorkerHost {
  /** A published result changed (the results manager's update channel). */
  resultChanged(container: string, probe: ProbeType, recordId: number, result: ProbeOutcome): void;
}

/** A container's workers, one per probe type it declares. */
interface ContainerWorkers {
  startup: ProbeWorker | null;
  liveness: ProbeWorker | null;
  readiness: ProbeWorker | null;
}

/**
 * pkg/kubelet/prober/prober_manager.go: one worker per container and probe type,
 * the three results managers, and `UpdatePodStatus` (R3.5).
 */
export class ProberManager implements WorkerResults {
  private readonly workers: ProbeWorker[] = [];
  /** The same workers by container name and probe type (one of each at most). */
  private readonly workersOf = new Map<string, ContainerWorkers>();
  private readonly results: Record<ProbeType, Map<number, ProbeOutcome>> = {
    startup: new Map(),
    liveness: new Map(),
    readiness: new Map(),
  };
  /** Bumped whenever a result or a worker's life changes: what `started` and `ready` (and computePodActions) read. */
  private changes = 0;
  /** The last status filled in for each position of the init and the regular container lists. */
  private readonly filledInit: Filled[] = [];
  private readonly filledRegular: Filled[] = [];

  constructor(private readonly host: ProberManagerHost) {}

  get version(): number {
    return this.changes;
  }

  /** AddPod: workers for every probe of regular containers and sidecars (R2.6 forbids them elsewhere). */
  addPod(pod: Pod): void {
    for (const c of podContainers(pod)) {
      if (c.role === 'init') continue;
      for (const type of PROBE_TYPES) {
        const probe: Probe | undefined = c.spec[PROBE_FIELD[type]];
        if (!probe) continue;
        const worker = new ProbeWorker(c.name, c.role === 'sidecar', c.index, type, resolveProbe(probe), this.host, this);
        this.workers.push(worker);
        let byType = this.workersOf.get(c.name);
        if (!byType) this.workersOf.set(c.name, (byType = { startup: null, liveness: null, readiness: null }));
        byType[type] = worker;
      }
    }
  }

  /** Workers notice new running instances in the status manager's status. */
  statusUpdated(): void {
    const terminal = this.host.podTerminal();
    for (const worker of this.workers) {
      if (worker.stopped) continue;
      const status = this.host.observe(worker.container, worker.sidecar, worker.position);
      worker.statusChanged(status, terminal);
      if (status === undefined || status.state.running === undefined) continue;
      if (status.containerID === worker.seenContainerID) continue; // the instance it saw last
      const recordId = recordIdOf(status);
      if (recordId === undefined) continue;
      worker.seenContainerID = status.containerID;
      // R3.3: a new instance starts with readiness Failure, liveness Success, startup Unknown.
      if (worker.type === 'readiness') this.results.readiness.set(recordId, 'Failure');
      if (worker.type === 'liveness') this.results.liveness.set(recordId, 'Success');
      this.changes++;
      worker.observeInstance({ recordId, containerID: status.containerID!, startedAt: status.state.running.startedAt }, this.resultsOf(worker.type).get(recordId));
    }
  }

  /** The results manager of that probe type. */
  private resultsOf(type: ProbeType): Map<number, ProbeOutcome> {
    switch (type) {
      case 'startup':
        return this.results.startup;
      case 'liveness':
        return this.results.liveness;
      case 'readiness':
        return this.results.readiness;
      default:
        return assertNever(type);
    }
  }

  /** The results managers as computePodActions reads them (each a fixed map for the prober's life). */
  resultsView(): ProbeResultsView {
    return new ResultsView(this.results.startup, this.results.liveness, this.results.readiness);
  }

  /**
   * R3.5 — prober_manager.go `UpdatePodStatus`: fills `started` and `ready`. Statuses are never
   * changed once made, so a status whose flags differ is replaced by a copy (the same copy as
   * last time when nothing else changed).
   */
  updatePodStatus(spec: PodSpec, initStatuses: ContainerStatus[], statuses: ContainerStatus[]): void {
    for (let i = 0; i < statuses.length; i++) statuses[i] = this.fill(this.filledRegular, i, statuses[i]!);
    const inits = spec.initContainers ?? [];
    for (let i = 0; i < initStatuses.length; i++) {
      const status = initStatuses[i]!;
      const container = inits[i];
      if (container && !isSidecar(container)) {
        initStatuses[i] = filled(slotFor(this.filledInit, i, status), status, status.state.running !== undefined, status.state.terminated?.exitCode === 0);
      } else {
        initStatuses[i] = this.fill(this.filledInit, i, status);
      }
    }
  }

  /**
   * A regular container's or a sidecar's flags: started as `isContainerStarted` says (the startup
   * result, or no startup worker), ready as the readiness result says (or no readiness worker).
   */
  private fill(memo: Filled[], i: number, status: ContainerStatus): ContainerStatus {
    const slot = slotFor(memo, i, status);
    // The same status, and nothing the flags are read from changed: the same answer.
    if (slot.answer !== null && slot.version === this.changes) return slot.answer;
    slot.version = this.changes;
    return (slot.answer = this.flagged(slot, status));
  }

  private flagged(slot: Filled, status: ContainerStatus): ContainerStatus {
    if (slot.workers === null) slot.workers = this.workersOf.get(status.name) ?? NO_WORKERS;
    const recordId = slot.recordId;
    if (recordId === undefined) return filled(slot, status, false, false);
    const startup = this.results.startup.get(recordId);
    const started = startup !== undefined ? startup === 'Success' : !isActive(slot.workers.startup);
    if (!started) return filled(slot, status, false, false);
    const readiness = this.results.readiness.get(recordId);
    return filled(slot, status, true, readiness !== undefined ? readiness === 'Success' : !isActive(slot.workers.readiness));
  }

  /** SyncTerminatingPod: liveness and startup stop (their results go with them); readiness keeps probing (R3.11). */
  stopLivenessAndStartup(): void {
    for (const worker of this.workers) {
      if (worker.type === 'readiness' || worker.stopped) continue;
      worker.stopped = true;
    }
    this.results.liveness.clear();
    this.results.startup.clear();
    this.changes++;
  }

  /** Forgets the workers, their results and the statuses filled in (the kubelet is gone). */
  release(): void {
    for (const worker of this.workers) worker.stopped = true;
    clearList(this.workers);
    this.workersOf.clear();
    this.results.startup.clear();
    this.results.liveness.clear();
    this.results.readiness.clear();
    this.changes++;
    clearList(this.filledInit);
    clearList(this.filledRegular);
  }

  /** RemovePod: every worker stops (R3.12). */
  removePod(): void {
    for (const worker of this.workers) worker.stopped = true;
    this.changes++;
  }

  /** The results managers' Set: a changed result is sent on the update channel. */
  publish(container: string, type: ProbeType, recordId: number, result: ProbeOutcome): void {
    const results = this.resultsOf(type);
    if (results.get(recordId) === result) return;
    results.set(recordId, result);
    this.changes++;
    this.host.resultChanged(container, type, recordId, result);
  }

  /** The results managers' Remove: no update is sent. */
  remove(type: ProbeType, recordId: number): void {
    this.resultsOf(type).delete(recordId);
    this.changes++;
  }
}

/** The results managers as computePodActions reads them. */
class ResultsView implements ProbeResultsView {
  constructor(
    private readonly startups: ReadonlyMap<number, ProbeOutcome>,
    private readonly livenesses: ReadonlyMap<number, ProbeOutcome>,
    private readonly readinesses: ReadonlyMap<number, ProbeOutcome>,
  ) {}

  startup(recordId: number): ProbeOutcome | undefined {
    return this.startups.get(recordId);
  }

  liveness(recordId: number): ProbeOutcome | undefined {
    return this.livenesses.get(recordId);
  }

  readiness(recordId: number): ProbeOutcome | undefined {
    return this.readinesses.get(recordId);
  }
}

/** The record id in a simulated containerID (`sim://<id>`), read without allocating. */
function recordIdOf(status: ContainerStatus): number | undefined {
  const id = status.containerID;
  if (id === undefined || !id.startsWith(CONTAINER_ID_PREFIX) || id.length === CONTAINER_ID_PREFIX.length) return undefined;
  let n = 0;
  for (let i = CONTAINER_ID_PREFIX.length; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    n = n * 10 + digit;
  }
  return n;
}

function isActive(worker: ProbeWorker | null | undefined): boolean {
  return worker != null && !worker.stopped;
}

/** One position's last fill: the status it was given, what was read of it, and the copy made with other flags. */
class Filled {
  base: ContainerStatus | null = null;
  /** The record of the instance `base` shows running, if it shows one. */
  recordId: number | undefined = undefined;
  /** Its container's workers (they are fixed for the prober's life). */
  workers: ContainerWorkers | null = null;
  started = false;
  ready = false;
  result: ContainerStatus | null = null;
  /** What `fill` last answered for `base`, and the prober's version it read. */
  answer: ContainerStatus | null = null;
  version = -1;
}

const NO_WORKERS: ContainerWorkers = { startup: null, liveness: null, readiness: null };

/** The position's slot, set to `base` (a status is never changed, so what was read of it holds). */
function slotFor(memo: Filled[], i: number, base: ContainerStatus): Filled {
  let slot = memo[i];
  if (slot === undefined) memo[i] = slot = new Filled();
  if (slot.base !== base) {
    slot.base = base;
    slot.recordId = base.state.running !== undefined ? recordIdOf(base) : undefined;
    slot.workers = null;
    slot.result = null;
    slot.answer = null;
  }
  return slot;
}

/** `base` with these flags: itself when it has them, else a copy (last time's, if the same). */
function filled(slot: Filled, base: ContainerStatus, started: boolean, ready: boolean): ContainerStatus {
  if (base.started === started && base.ready === ready) return base;
  if (slot.result !== null && slot.started === started && slot.ready === ready) return slot.result;
  slot.started = started;
  slot.ready = ready;
  return (slot.result = containerStatusWith(base, { started, ready }));
}
