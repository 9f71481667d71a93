/**
 * A readers–writer lock over the node. Scenarios share the node; one whose faults
 * act on the whole node (kubelet down, reboot, a containerd restart) holds it alone,
 * because those faults would change every other scenario's pod too. Waiting
 * writers go first, so a node-fault scenario is not starved by a stream of others.
 */
export type NodeAccess = 'shared' | 'exclusive';

export class NodeLock {
  private readers = 0;
  private writer = false;
  private readonly queue: { access: NodeAccess; grant: () => void }[] = [];

  async acquire(access: NodeAccess, signal?: AbortSignal): Promise<AsyncDisposable & { release(): void }> {
    signal?.throwIfAborted();
    if (!this.canGrant(access)) {
      await new Promise<void>((resolve, reject) => {
        const entry = { access, grant: () => { signal?.removeEventListener('abort', onAbort); resolve(); } };
        const onAbort = () => {
          const i = this.queue.indexOf(entry);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal?.reason ?? new Error('aborted'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        this.queue.push(entry);
      });
    } else {
      this.take(access);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (access === 'exclusive') this.writer = false;
      else this.readers--;
      this.drain();
    };
    return { release, [Symbol.asyncDispose]: async () => release() };
  }

  private canGrant(access: NodeAccess): boolean {
    if (this.writer) return false;
    if (access === 'exclusive') return this.readers === 0;
    return !this.queue.some((q) => q.access === 'exclusive');
  }

  private take(access: NodeAccess): void {
    if (access === 'exclusive') this.writer = true;
    else this.readers++;
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (this.writer || (next.access === 'exclusive' && this.readers > 0)) return;
      this.queue.shift();
      this.take(next.access);
      next.grant();
      if (next.access === 'exclusive') return;
    }
  }
}
