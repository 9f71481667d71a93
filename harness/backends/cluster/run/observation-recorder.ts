import type { CoreV1Event, V1Node, V1Pod } from '@kubernetes/client-node';
import type { Millis } from '../../../../specs/model/time.js';
import type { Snapshot } from '../../../../specs/model/trace.js';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';
import type { KubeEventOccurrence } from '../observe/kube-event.js';
import type { TableCells, WatchEventType } from '../observe/list-watch.js';
import type { PodObservation } from '../observe/pod-observation.js';
import { printedColumns } from '../observe/printed-columns.js';
import type { ScenarioClock } from '../observe/scenario-clock.js';
import { v1EventKey, v1EventToOccurrences } from '../observe/v1-event-to-occurrences.js';
import { nodeViewChanges, v1NodeView, type NodeView } from '../observe/v1-node-to-trace-events.js';
import { v1PodToObservation, type PodMappingContext } from '../observe/v1-pod-to-snapshot.js';

interface RawPod {
  type: WatchEventType;
  pod: V1Pod;
  receivedAt: number;
  table: TableCells | undefined;
}

/**
 * Keeps what the watches deliver, as delivered (epoch times), until the scenario's
 * clock exists — the Pod's creationTimestamp is known only once it is created — and
 * maps it into trace time on demand.
 */
export class ObservationRecorder {
  private readonly pods: RawPod[] = [];
  private readonly events: { event: CoreV1Event; receivedAt: number }[] = [];
  private readonly nodeViews: { view: NodeView; receivedAt: number }[] = [];
  private removedAt: number | undefined;
  readonly problems: string[] = [];

  constructor(private readonly podName: string) {}

  onPod = (type: WatchEventType, object: unknown, receivedAt: number, table: TableCells | undefined): void => {
    const pod = object as V1Pod;
    if (pod.metadata?.name !== this.podName) return;
    if (type === 'DELETED') this.removedAt ??= receivedAt;
    else this.pods.push({ type, pod, receivedAt, table });
  };

  onEvent = (_type: WatchEventType, object: unknown, receivedAt: number): void => {
    const event = object as CoreV1Event;
    if (event.involvedObject?.kind === 'Pod' && event.involvedObject.name === this.podName) this.events.push({ event, receivedAt });
  };

  onNode = (_type: WatchEventType, object: unknown, receivedAt: number): void => {
    this.nodeViews.push({ view: v1NodeView(object as V1Node), receivedAt });
  };

  onProblem = (message: string): void => {
    this.problems.push(message);
  };

  get podRemoved(): boolean {
    return this.removedAt !== undefined;
  }

  /** The newest Pod the watch delivered, mapped; undefined before the first. */
  latest(ctx: PodMappingContext): Snapshot | undefined {
    const last = this.pods.at(-1);
    return last ? v1PodToObservation(last.pod, ctx.clock.fromEpochMs(last.receivedAt), ctx).snapshot : undefined;
  }

  observations(ctx: PodMappingContext): PodObservation[] {
    return this.pods.map((p) => {
      const printed = p.table ? printedColumns(p.table.columns, p.table.cells) : undefined;
      return v1PodToObservation(p.pod, ctx.clock.fromEpochMs(p.receivedAt), ctx, printed);
    });
  }

  podRemovedAt(clock: ScenarioClock): Millis | undefined {
    return this.removedAt === undefined ? undefined : clock.fromEpochMs(this.removedAt);
  }

  kubeEvents(clock: ScenarioClock): KubeEventOccurrence[] {
    const counts = new Map<string, number>();
    const out: KubeEventOccurrence[] = [];
    for (const { event, receivedAt } of this.events) {
      const key = v1EventKey(event);
      const { occurrences, count } = v1EventToOccurrences(event, counts.get(key), clock.fromEpochMs(receivedAt));
      counts.set(key, Math.max(count, counts.get(key) ?? 0));
      out.push(...occurrences);
    }
    return out;
  }

  nodeEvents(clock: ScenarioClock): TraceEvent[] {
    const out: TraceEvent[] = [];
    let before: NodeView | undefined;
    for (const { view, receivedAt } of this.nodeViews) {
      out.push(...nodeViewChanges(before, view, clock.fromEpochMs(receivedAt)));
      before = view;
    }
    return out;
  }
}
