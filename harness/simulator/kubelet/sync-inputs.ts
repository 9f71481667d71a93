import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import type { Kubelet } from './kubelet.js';

/**
 * What a sync reads, by identity and version: the runtime's pod status (a new object whenever
 * anything in the runtime changed), the reason cache, the prober's results and workers, and the
 * pod object in the API. A step of the sync that is a pure function of these gives the same
 * answer as long as they are all as it last saw them.
 */
export class SyncInputs {
  private runtime: RuntimePodStatus | null = null;
  private reasons = -1;
  private prober = -1;
  private api = -1;

  /** They are as `take` last saw them. */
  same(k: Kubelet, runtime: RuntimePodStatus): boolean {
    return this.runtime === runtime && this.api === k.ctx.api.version && this.prober === k.prober.version && this.reasons === k.reasonCache.version;
  }

  take(k: Kubelet, runtime: RuntimePodStatus): void {
    this.runtime = runtime;
    this.api = k.ctx.api.version;
    this.prober = k.prober.version;
    this.reasons = k.reasonCache.version;
  }

  forget(): void {
    this.runtime = null;
  }
}
