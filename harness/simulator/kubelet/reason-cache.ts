import type { WaitingReason } from '../../../specs/model/reasons.js';

export interface CachedReason {
  reason: WaitingReason;
  message: string;
}

/**
 * pkg/kubelet/reason_cache.go: the last start error per container. A failed start
 * records its reason; a successful start clears it; containers not attempted keep theirs.
 */
export class ReasonCache {
  private readonly reasons = new Map<string, CachedReason>();

  get view(): ReadonlyMap<string, CachedReason> {
    return this.reasons;
  }

  update(results: readonly StartResult[]): void {
    for (const r of results) {
      if (r.error) this.reasons.set(r.container, r.error);
      else this.reasons.delete(r.container);
    }
  }
}

/** One StartContainer sync result: no error means the container started. */
export interface StartResult {
  container: string;
  error?: CachedReason;
}
