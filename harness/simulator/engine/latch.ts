/**
 * A one-shot signal a coroutine can wait on (`yield latch`). Resolving it resumes
 * every waiter at once, in the order they started waiting.
 */
export class Latch {
  resolved = false;
  /** Who waits, once anyone does (most latches are waited on by one coroutine, or none). */
  private waiters: Array<() => void> | null = null;

  onResolve(resume: () => void): void {
    if (this.resolved) resume();
    else if (this.waiters === null) this.waiters = [resume];
    else this.waiters.push(resume);
  }

  resolve(): void {
    if (this.resolved) return;
    this.resolved = true;
    const waiters = this.waiters;
    this.waiters = null;
    if (waiters !== null) for (const resume of waiters) resume();
  }

  /** Forgets its waiters without resuming them (the run is over). */
  release(): void {
    this.waiters = null;
  }

  static resolved(): Latch {
    const latch = new Latch();
    latch.resolved = true;
    return latch;
  }

  /** Resolves once every latch given has resolved. */
  static all(latches: readonly Latch[]): Latch {
    const all = new Latch();
    let pending = latches.length;
    if (pending === 0) all.resolve();
    for (const latch of latches) {
      latch.onResolve(() => {
        pending -= 1;
        if (pending === 0) all.resolve();
      });
    }
    return all;
  }

  /** Resolves when the first of the latches given resolves. */
  static any(latches: readonly Latch[]): Latch {
    const any = new Latch();
    for (const latch of latches) latch.onResolve(() => any.resolve());
    return any;
  }
}

/** A simulated thread: a generator that yields the latches it waits on. */
export type Coroutine<R = void> = Generator<Latch, R, void>;

/** Work that is either done already (its result) or still to run as a coroutine. */
export type Eventually<R extends object> = R | Coroutine<R>;

export function isCoroutine<R extends object>(work: Eventually<R>): work is Coroutine<R> {
  return typeof (work as { next?: unknown }).next === 'function';
}
