import type { Millis } from '../../../specs/model/time.js';
import { clearList } from './clear-list.js';
import { EventQueue } from './event-queue.js';
import { Latch, type Coroutine } from './latch.js';

/**
 * Virtual time. Work is scheduled as callbacks at a moment; coroutines run until
 * they wait on a latch. Nothing here reads a real clock.
 */
export class Scheduler {
  now: Millis = 0;
  private readonly queue = new EventQueue<() => void>();
  /**
   * What is due now, in the order it was scheduled (most work follows its cause at once). The
   * heap's items for this moment were all scheduled before the moment came, so they run first.
   */
  private readonly due: Array<(() => void) | null> = [];
  private dueHead = 0;
  private dueTail = 0;

  at(time: Millis, action: () => void): void {
    if (time <= this.now) this.due[this.dueTail++] = action;
    else this.queue.push(time, action);
  }

  after(delay: Millis, action: () => void): void {
    this.at(this.now + delay, action);
  }

  /** A latch that resolves `delay` from now. */
  sleep(delay: Millis): Latch {
    const latch = new Latch();
    if (delay <= 0) latch.resolve();
    else this.after(delay, () => latch.resolve());
    return latch;
  }

  /**
   * Starts a coroutine now. `alive()` is asked before every resumption: a coroutine of a
   * stopped kubelet simply never continues. The returned latch resolves when it returns.
   */
  spawn(body: Coroutine<unknown>, alive: () => boolean = () => true): Latch {
    const done = new Latch();
    this.spawnThen(body, alive, () => done.resolve());
    return done;
  }

  /**
   * Starts a coroutine now, like spawn, and hands what it returns to `then` in the step that
   * finishes it (no latch: for a caller that only needs the result).
   */
  spawnThen<R>(body: Coroutine<R>, alive: () => boolean, then: (result: R) => void): void {
    const step = (): void => {
      if (!alive()) return;
      const next = body.next();
      if (next.done) {
        then(next.value);
        return;
      }
      next.value.onResolve(step);
    };
    step();
  }

  /**
   * Runs everything due up to and including `until`. Returns the time it stopped early if
   * more than `maxStepsPerInstant` things happened without time moving on — a model that
   * loops in zero time (as a mutant without back-off can) — else undefined.
   */
  runUntil(until: Millis, maxStepsPerInstant = 2_000): Millis | undefined {
    let steps = 0;
    let instant = -1;
    for (;;) {
      const next = this.queue.peekTime();
      let at: Millis;
      let action: () => void;
      if (next !== undefined && next <= this.now) {
        at = next;
        action = this.queue.pop()!;
      } else if (this.dueHead < this.dueTail) {
        at = this.now;
        action = this.due[this.dueHead]!;
        this.due[this.dueHead++] = null;
        if (this.dueHead === this.dueTail) this.dueHead = this.dueTail = 0;
      } else if (next !== undefined && next <= until) {
        at = next;
        action = this.queue.pop()!;
      } else {
        break;
      }
      if (at !== instant) {
        instant = at;
        steps = 0;
      } else if (++steps > maxStepsPerInstant) {
        this.now = at;
        return at;
      }
      this.now = at;
      action();
    }
    this.now = Math.max(this.now, until);
    return undefined;
  }

  /** Drops whatever is still scheduled (the run is over). */
  release(): void {
    this.queue.clear();
    clearList(this.due);
    this.dueHead = this.dueTail = 0;
  }

  get pending(): number {
    return this.queue.size + (this.dueTail - this.dueHead);
  }
}
