import { setTimeout as sleep } from 'node:timers/promises';
import type { ScheduledFault } from '../../../../specs/model/fault.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';
import type { FaultInjector } from '../inject/fault-injector.js';
import type { ScenarioClock } from '../observe/scenario-clock.js';

type Action = { at: Millis; fault: ScheduledFault } | { at: Millis; restore: string };

/**
 * Carries out the fault schedule on the scenario's clock, one action at a time and in
 * order (two faults at the same moment apply in schedule order, as in the simulator).
 * An ImagePullFailure with `until` adds the moment its image comes back. Nothing is
 * done after the horizon.
 */
export class FaultTimeline {
  private readonly actions: Action[];
  private readonly controller = new AbortController();
  private running: Promise<void> | undefined;
  private failure: unknown;

  constructor(
    faults: readonly ScheduledFault[],
    private readonly horizon: Millis,
    private readonly clock: ScenarioClock,
    private readonly injector: FaultInjector,
    private readonly record: (event: TraceEvent) => void,
  ) {
    this.actions = faults.filter((f) => f.at <= horizon).map((fault) => ({ at: fault.at, fault }));
  }

  start(): void {
    this.running = this.loop().catch((error: unknown) => {
      if (!this.controller.signal.aborted) this.failure = error;
    });
  }

  /** Nothing is left to do (every fault applied, every image restored). */
  get done(): boolean {
    return this.actions.length === 0;
  }

  /** An infrastructure failure while injecting, if one happened. */
  get error(): unknown {
    return this.failure;
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.running;
  }

  private async loop(): Promise<void> {
    const signal = this.controller.signal;
    while (this.actions.length > 0 && !signal.aborted) {
      const next = this.actions[0]!;
      const wait = next.at - this.clock.now();
      if (wait > 0) await sleep(wait, undefined, { signal });
      this.actions.shift();
      const at = this.clock.now();
      if ('restore' in next) {
        await this.injector.restoreImage(next.restore);
        continue;
      }
      const { at: _scheduled, ...fault } = next.fault;
      const result = await this.injector.inject(fault, at);
      this.record({ at, type: 'FaultInjected', fault, outcome: result.outcome, ...(result.detail ? { detail: result.detail } : {}) });
      if (fault.type === 'ImagePullFailure' && fault.until !== undefined && result.outcome === 'applied' && fault.until <= this.horizon) {
        this.actions.push({ at: fault.until, restore: fault.container });
        this.actions.sort((a, b) => a.at - b.at);
      }
    }
  }
}
