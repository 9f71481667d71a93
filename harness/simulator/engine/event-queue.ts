import type { Millis } from '../../../specs/model/time.js';

export interface QueuedItem<T> {
  at: Millis;
  seq: number;
  value: T;
}

/**
 * A binary min-heap ordered by (at, seq): items due at the same moment come out in
 * the order they were scheduled, so a run is fully determined by its inputs.
 */
export class EventQueue<T> {
  private readonly heap: QueuedItem<T>[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: Millis, value: T): void {
    const item = { at, seq: this.nextSeq++, value };
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (before(p, item)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = item;
  }

  peekTime(): Millis | undefined {
    return this.heap[0]?.at;
  }

  pop(): QueuedItem<T> | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined) return undefined;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      const n = heap.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
        if (before(last, heap[child]!)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}

function before<T>(a: QueuedItem<T>, b: QueuedItem<T>): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
