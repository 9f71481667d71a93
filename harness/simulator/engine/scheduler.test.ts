import { describe, expect, it } from 'vitest';
import { Latch, type Coroutine } from './latch.js';
import { Scheduler } from './scheduler.js';

describe('Scheduler', () => {
  it('resumes a coroutine after the virtual time it slept', () => {
    const s = new Scheduler();
    const log: string[] = [];
    function* worker(): Coroutine {
      log.push(`start@${s.now}`);
      yield s.sleep(1500);
      log.push(`woke@${s.now}`);
    }
    s.spawn(worker());
    s.runUntil(10_000);
    expect(log).toEqual(['start@0', 'woke@1500']);
  });

  it('waits for all of several latches', () => {
    const s = new Scheduler();
    let doneAt = -1;
    function* parent(): Coroutine {
      yield Latch.all([s.sleep(300), s.sleep(700), s.sleep(100)]);
      doneAt = s.now;
    }
    s.spawn(parent());
    s.runUntil(1000);
    expect(doneAt).toBe(700);
  });

  it('never resumes a coroutine whose owner died', () => {
    const s = new Scheduler();
    let alive = true;
    let resumed = false;
    function* worker(): Coroutine {
      yield s.sleep(100);
      resumed = true;
    }
    s.spawn(worker(), () => alive);
    s.at(50, () => {
      alive = false;
    });
    s.runUntil(1000);
    expect(resumed).toBe(false);
  });
});

describe('Scheduler divergence guard', () => {
  it('stops and says when, if work keeps happening without time moving on', () => {
    const s = new Scheduler();
    const loop = (): void => s.after(0, loop);
    s.at(5000, loop);
    expect(s.runUntil(60_000, 1000)).toBe(5000);
  });
});

describe('Scheduler order', () => {
  it('runs what was scheduled for a moment before what that moment schedules for itself, each in the order scheduled', () => {
    const s = new Scheduler();
    const log: string[] = [];
    s.at(100, () => {
      log.push('a@100');
      s.after(0, () => log.push('a-now'));
      s.at(100, () => log.push('a-now-2'));
    });
    s.at(100, () => {
      log.push('b@100');
      s.after(0, () => log.push('b-now'));
    });
    s.at(0, () => log.push('z@0'));
    s.at(200, () => log.push('c@200'));
    s.runUntil(1000);
    // The two items for 100 ms were scheduled before 100 ms came; what they schedule for 100 ms follows them.
    expect(log).toEqual(['z@0', 'a@100', 'b@100', 'a-now', 'a-now-2', 'b-now', 'c@200']);
  });

  it('runs nothing past the horizon, and what is due at it', () => {
    const s = new Scheduler();
    const log: number[] = [];
    s.at(1000, () => {
      log.push(s.now);
      s.after(0, () => log.push(s.now));
      s.after(1, () => log.push(s.now));
    });
    s.runUntil(1000);
    expect(log).toEqual([1000, 1000]);
    expect(s.pending).toBe(1);
  });
});
