import type { Millis } from '../../../specs/model/time.js';

interface Entry {
  backoff: Millis;
  lastUpdate: Millis;
}

/**
 * client-go util/flowcontrol Backoff, without jitter (the kubelet configures none).
 * R4.3/R4.4 — staging/src/k8s.io/client-go/util/flowcontrol/backoff.go `Next`,
 * `IsInBackOffSince`, `IsInBackOffSinceUpdate`; expiry per kubelet.go `HasExpiredFunc`.
 */
export class FlowControlBackoff {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly initial: Millis,
    private readonly max: Millis,
    /** An entry whose last update is older than this, measured at the event, starts over. */
    private readonly expireAfter: Millis,
  ) {}

  get(id: string): Millis {
    return this.entries.get(id)?.backoff ?? 0;
  }

  /** Is `now` still within the backoff counted from `eventTime` (doBackOff: the last exit's finishedAt)? */
  isInBackOffSince(id: string, eventTime: Millis, now: Millis): boolean {
    const entry = this.entries.get(id);
    if (!entry || this.hasExpired(eventTime, entry.lastUpdate)) return false;
    return now - eventTime < entry.backoff;
  }

  /** Is `now` within the backoff counted from the last `next()` (image pulls)? */
  isInBackOffSinceUpdate(id: string, now: Millis): boolean {
    const entry = this.entries.get(id);
    if (!entry || this.hasExpired(now, entry.lastUpdate)) return false;
    return now - entry.lastUpdate < entry.backoff;
  }

  /** First time or expired: the initial delay; otherwise double it, capped. */
  next(id: string, eventTime: Millis, now: Millis): void {
    const entry = this.entries.get(id);
    if (!entry || this.hasExpired(eventTime, entry.lastUpdate)) {
      this.entries.set(id, { backoff: Math.min(this.initial, this.max), lastUpdate: now });
      return;
    }
    entry.backoff = Math.min(entry.backoff * 2, this.max);
    entry.lastUpdate = now;
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries.clear();
  }

  private hasExpired(eventTime: Millis, lastUpdate: Millis): boolean {
    return eventTime - lastUpdate > this.expireAfter;
  }
}
