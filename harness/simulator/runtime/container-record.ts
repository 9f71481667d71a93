import type { Run } from '../../../specs/model/behaviour.js';
import type { TerminatedReason } from '../../../specs/model/reasons.js';
import type { Millis } from '../../../specs/model/time.js';
import type { Latch } from '../engine/latch.js';
import type { ContainerState } from '../../../specs/model/container-state.js';

/** CRI container states (kubecontainer.State). */
export const RUNTIME_STATES = ['created', 'running', 'exited', 'unknown'] as const;
export type RuntimeState = (typeof RUNTIME_STATES)[number];

/** One container instance as the runtime (containerd) keeps it. */
export interface ContainerRecord {
  /** Creation order: a later record is newer. */
  readonly id: number;
  readonly name: string;
  /** The sandbox attempt the container was created in. */
  readonly sandbox: number;
  readonly image: string;
  /** The restart-count label the kubelet put on the container (R4.6). */
  readonly restartCount: number;
  /** Which run of the behaviour this process follows. */
  readonly run: Run;
  readonly createdAt: Millis;
  state: RuntimeState;
  startedAt: Millis | null;
  finishedAt: Millis | null;
  exitCode: number;
  reason: TerminatedReason | null;
  /** Resolves when the process has exited. */
  readonly exited: Latch;
  /** Bumped whenever a scheduled exit is superseded. */
  exitToken: number;
  sigtermAt: Millis | null;
  /** The view GetPodStatus shows, kept until the record changes (views are never changed). */
  view: RecordView | null;
}

/** What kubecontainer.PodStatus shows of a record: a frozen copy taken when a sync starts. */
export interface RecordView {
  readonly id: number;
  /** The CRI container ID the API shows (containerId of id). */
  readonly containerID: string;
  readonly name: string;
  readonly sandbox: number;
  readonly image: string;
  readonly restartCount: number;
  readonly state: RuntimeState;
  readonly startedAt: Millis | null;
  readonly finishedAt: Millis | null;
  readonly exitCode: number;
  readonly reason: TerminatedReason | null;
  /** The API state converted from this view, kept by status/container-statuses.ts (a view never changes). */
  apiState?: ContainerState;
}

export function viewOf(record: ContainerRecord): RecordView {
  return {
    id: record.id,
    containerID: containerId(record.id),
    name: record.name,
    sandbox: record.sandbox,
    image: record.image,
    restartCount: record.restartCount,
    state: record.state,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    exitCode: record.exitCode,
    reason: record.reason,
    apiState: undefined,
  };
}

/** The scheme of the container IDs this runtime hands out (`sim://<record id>`). */
export const CONTAINER_ID_PREFIX = 'sim://';

export function containerId(id: number): string {
  // One string per id, shared by every run: IDs compared with === are then the same object.
  return (CONTAINER_IDS[id] ??= `${CONTAINER_ID_PREFIX}${id}`);
}

const CONTAINER_IDS: string[] = [];
