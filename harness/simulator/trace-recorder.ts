import type { Snapshot } from '../../specs/model/trace.js';
import type { TraceEvent } from '../../specs/model/trace-event.js';

/** Collects what a run observed, in order. */
export class TraceRecorder {
  events: TraceEvent[] = [];
  snapshots: Snapshot[] = [];

  /** Hands over what was recorded, and starts afresh. */
  take(): { events: TraceEvent[]; snapshots: Snapshot[] } {
    const taken = { events: this.events, snapshots: this.snapshots };
    this.events = [];
    this.snapshots = [];
    return taken;
  }

  event(event: TraceEvent): void {
    this.events.push(event);
  }

  /** Where the next event will go: a cause recorded after it was carried out can still come before its effects. */
  get nextEventPosition(): number {
    return this.events.length;
  }

  /** Records `event` at `position` (from nextEventPosition), before what was recorded since. */
  eventAt(position: number, event: TraceEvent): void {
    if (position === this.events.length) this.events.push(event);
    else this.events.splice(position, 0, event);
  }

  snapshot(snapshot: Snapshot): void {
    this.snapshots.push(snapshot);
  }
}
