import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.js';

describe('EventQueue', () => {
  it('pops by time, and items due together in the order they were pushed', () => {
    const q = new EventQueue<string>();
    q.push(30, 'c');
    q.push(10, 'a1');
    q.push(20, 'b');
    q.push(10, 'a2');
    q.push(0, 'z');
    q.push(10, 'a3');
    const out: string[] = [];
    for (let item = q.pop(); item !== undefined; item = q.pop()) out.push(item);
    expect(out).toEqual(['z', 'a1', 'a2', 'a3', 'b', 'c']);
  });

  it('stays ordered over many interleaved pushes and pops', () => {
    const q = new EventQueue<number>();
    const times = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 9, 1];
    times.forEach((t) => q.push(t, t));
    let last = -1;
    let count = 0;
    for (let at = q.peekTime(); at !== undefined; at = q.peekTime()) {
      const item = q.pop()!;
      expect(at).toBeGreaterThanOrEqual(last);
      expect(item).toBe(at);
      last = at;
      count += 1;
    }
    expect(count).toBe(times.length);
  });
});
