import type { Snapshot } from '../../specs/model/trace.js';
import type { TraceEvent } from '../../specs/model/trace-event.js';

/** Collects what a run observed, in order. */
export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  readonly snapshots: Snapshot[] = [];

  event(event: TraceEvent): void {
    this.events.push(event);
  }

  snapshot(snapshot: Snapshot): void {
    this.snapshots.push(snapshot);
  }
}
