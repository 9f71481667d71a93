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

  clear(): void {
    this.reasons.clear();
  }

  update(results: readonly StartResult[]): void {
    for (const r of results) {
      if (!r.error) {
        this.reasons.delete(r.container);
        continue;
      }
      // The same error again keeps its entry: statuses made from it stay the same objects.
      const known = this.reasons.get(r.container);
      if (known === undefined || known.reason !== r.error.reason || known.message !== r.error.message) this.reasons.set(r.container, r.error);
    }
  }
}

/** One StartContainer sync result: no error means the container started. */
export interface StartResult {
  container: string;
  error?: CachedReason;
}
