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
  /** Bumped whenever an entry comes, goes or changes. */
  version = 0;

  get view(): ReadonlyMap<string, CachedReason> {
    return this.reasons;
  }

  clear(): void {
    this.reasons.clear();
    this.version++;
  }

  update(results: readonly StartResult[]): void {
    for (const r of results) {
      if (!r.error) {
        if (this.reasons.delete(r.container)) this.version++;
        continue;
      }
      // The same error again keeps its entry: statuses made from it stay the same objects.
      const known = this.reasons.get(r.container);
      if (known === undefined || known.reason !== r.error.reason || known.message !== r.error.message) {
        this.reasons.set(r.container, r.error);
        this.version++;
      }
    }
  }
}

/** One StartContainer sync result: no error means the container started. */
export interface StartResult {
  container: string;
  error?: CachedReason;
}
