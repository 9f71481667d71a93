import type { Trace } from '../model/trace.js';
import type { TraceEvent, TraceEventOf, TraceEventType } from '../model/trace-event.js';
import { KeptWith } from './kept-with.js';

/**
 * A trace's events grouped once, for the views in trace-view.ts, and a cache that lets each
 * view be computed once per trace. A trace is not changed once a backend has produced it, so
 * both are kept with the trace object (see kept-with.ts: they go when the trace goes). What they hand
 * out is shared between invariants: read it, never change it — the types say so (readonly
 * lists of readonly items); nothing is frozen, as frozen arrays are far slower to read in V8.
 */

/** An event with its position in `trace.events`. */
export interface Indexed<E> {
  readonly event: E;
  readonly index: number;
}

/** The events that name a container in their `container` field. */
export type ContainerEvent = Extract<TraceEvent, { container: string }>;

/** A FaultInjected event. */
export type FaultEvent = TraceEventOf<'FaultInjected'>;

export interface TraceIndex {
  /** The events of each type, in trace order. */
  readonly byType: ReadonlyMap<TraceEventType, readonly TraceEvent[]>;
  /** Each container's events, in trace order. */
  readonly byContainer: ReadonlyMap<string, readonly Indexed<ContainerEvent>[]>;
  /** FaultInjected events with outcome `applied`, in trace order. */
  readonly appliedFaults: readonly Indexed<FaultEvent>[];
}

const NONE: readonly Indexed<ContainerEvent>[] = [];
const NO_EVENTS: readonly TraceEvent[] = [];

/** What is kept for one trace: its index, and each view's values by key. */
interface TraceCache {
  index?: TraceIndex;
  /** By memo slot: a TraceMemo's value, a KeyedTraceMemo's values by key. */
  readonly views: unknown[];
}

const caches = new KeptWith<Trace, TraceCache>('podlife trace views');

function cacheOf(trace: Trace): TraceCache {
  return caches.get(trace, () => ({ views: [] }));
}

/** The trace's index, built on first use. */
export function traceIndex(trace: Trace): TraceIndex {
  const cache = cacheOf(trace);
  return (cache.index ??= buildIndex(trace));
}

/** The events of one type, in trace order. */
export function eventsOfType<T extends TraceEventType>(trace: Trace, type: T): readonly TraceEventOf<T>[] {
  return (traceIndex(trace).byType.get(type) ?? NO_EVENTS) as readonly TraceEventOf<T>[];
}

/** A container's events with their positions, in trace order. */
export function eventsOfContainer(trace: Trace, container: string): readonly Indexed<ContainerEvent>[] {
  return traceIndex(trace).byContainer.get(container) ?? NONE;
}

function buildIndex(trace: Trace): TraceIndex {
  const byType = new Map<TraceEventType, TraceEvent[]>();
  const byContainer = new Map<string, Indexed<ContainerEvent>[]>();
  const appliedFaults: Indexed<FaultEvent>[] = [];
  const events = trace.events;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    let ofType = byType.get(event.type);
    if (ofType === undefined) byType.set(event.type, (ofType = []));
    ofType.push(event);
    if ('container' in event) {
      let list = byContainer.get(event.container);
      if (list === undefined) byContainer.set(event.container, (list = []));
      list.push({ event, index });
    }
    if (event.type === 'FaultInjected' && event.outcome === 'applied') appliedFaults.push({ event, index });
  }
  return { byType, byContainer, appliedFaults };
}

/** A view with one value per trace, computed on first use. The value must depend on the trace alone. */
export class TraceMemo<V> {
  private readonly slot = nextSlot++;

  get(trace: Trace, compute: () => V): V {
    const views = cacheOf(trace).views;
    const kept = views[this.slot];
    if (kept !== undefined) return (kept === UNDEFINED ? undefined : kept) as V;
    const value = compute();
    views[this.slot] = value === undefined ? UNDEFINED : value;
    return value;
  }
}

/**
 * A view with one value per trace and key (the view's other arguments), computed on first use.
 * The value must depend on nothing but the trace and the key.
 */
export class KeyedTraceMemo<V> {
  private readonly slot = nextSlot++;

  get(trace: Trace, key: string, compute: () => V): V {
    const views = cacheOf(trace).views;
    let values = views[this.slot] as Map<string, V> | undefined;
    if (values === undefined) views[this.slot] = values = new Map();
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      value = compute();
      values.set(key, value);
    }
    return value as V;
  }
}

/** Each memo's place in a trace's cache. */
let nextSlot = 0;
/** Kept in a cache for a view whose value is undefined (a hole means "not computed yet"). */
const UNDEFINED = Symbol('undefined');
