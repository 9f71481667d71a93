import type { Millis } from '../../../specs/model/time.js';
import { clearList } from './clear-list.js';

/**
 * A binary min-heap ordered by (at, seq): items due at the same moment come out in
 * the order they were scheduled, so a run is fully determined by its inputs. The heap
 * keeps times, sequence numbers and values in three parallel arrays, so scheduling
 * allocates nothing per item.
 */
export class EventQueue<T> {
  private readonly times: Millis[] = [];
  private readonly seqs: number[] = [];
  private readonly values: T[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.values.length;
  }

  push(at: Millis, value: T): void {
    const { times, seqs, values } = this;
    const seq = this.nextSeq++;
    let i = values.length;
    times.push(at);
    seqs.push(seq);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < at || (pt === at && seqs[parent]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      values[i] = values[parent]!;
      i = parent;
    }
    times[i] = at;
    seqs[i] = seq;
    values[i] = value;
  }

  /** Drops every item. */
  clear(): void {
    clearList(this.times);
    clearList(this.seqs);
    clearList(this.values);
  }

  /** When the next item is due, if there is one. */
  peekTime(): Millis | undefined {
    return this.values.length > 0 ? this.times[0] : undefined;
  }

  /** Takes the next item out (peekTime said when it is due). */
  pop(): T | undefined {
    const { times, seqs, values } = this;
    const n = values.length - 1;
    if (n < 0) return undefined;
    const top = values[0]!;
    const at = times.pop()!;
    const seq = seqs.pop()!;
    const value = values.pop()!;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const child = r < n && (times[r]! < times[l]! || (times[r] === times[l] && seqs[r]! < seqs[l]!)) ? r : l;
        const ct = times[child]!;
        if (at < ct || (at === ct && seq < seqs[child]!)) break;
        times[i] = ct;
        seqs[i] = seqs[child]!;
        values[i] = values[child]!;
        i = child;
      }
      times[i] = at;
      seqs[i] = seq;
      values[i] = value;
    }
    return top;
  }
}
