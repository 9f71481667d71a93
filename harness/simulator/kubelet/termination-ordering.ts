import { isSidecar } from '../../../specs/model/container-role.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import { Latch, type Coroutine } from '../engine/latch.js';
import type { Scheduler } from '../engine/scheduler.js';

/**
 * R2.13 — kuberuntime_termination_order.go `newTerminationOrdering`: a sidecar stops
 * only after every regular container and every later sidecar; containers that are
 * not running hold nobody up.
 */
export class TerminationOrdering {
  private readonly terminated = new Map<string, Latch>();
  private readonly prereqs = new Map<string, Latch[]>();

  constructor(spec: PodSpec, running: ReadonlySet<string>) {
    const main: Latch[] = [];
    for (const c of spec.containers) {
      const latch = running.has(c.name) ? new Latch() : Latch.resolved();
      this.terminated.set(c.name, latch);
      main.push(latch);
    }
    let laterSidecar: string | undefined;
    const inits = spec.initContainers ?? [];
    for (let i = inits.length - 1; i >= 0; i--) {
      const c = inits[i]!;
      this.terminated.set(c.name, running.has(c.name) ? new Latch() : Latch.resolved());
      if (!isSidecar(c)) continue;
      const waits = [...main];
      if (laterSidecar !== undefined) waits.push(this.terminated.get(laterSidecar)!);
      this.prereqs.set(c.name, waits);
      laterSidecar = c.name;
    }
  }

  /** waitForTurn: returns the whole seconds waited (the caller subtracts them from the grace). */
  *waitForTurn(scheduler: Scheduler, name: string, graceSeconds: number): Coroutine<number> {
    const prereqs = this.prereqs.get(name) ?? [];
    const start = scheduler.now;
    if (graceSeconds <= 0 || prereqs.length === 0) return 0;
    yield Latch.any([Latch.all(prereqs), scheduler.sleep(graceSeconds * 1000)]);
    return Math.floor((scheduler.now - start) / 1000);
  }

  containerTerminated(name: string): void {
    this.terminated.get(name)?.resolve();
  }
}
