import type { InvariantResult } from '../harness/runner/run-result.js';

/** One word for an invariant's outcome in a run, worst first. */
export const INVARIANT_STATUSES = ['errored', 'violated', 'passed', 'skipped'] as const;
export type InvariantStatus = (typeof INVARIANT_STATUSES)[number];

/**
 * An error outranks a violation (podlife itself is at fault), and an invariant that never
 * applied is `skipped`, never `passed`: a skip proves nothing.
 */
export function invariantStatus(inv: Pick<InvariantResult, 'passed' | 'violated' | 'errored'>): InvariantStatus {
  if (inv.errored > 0) return 'errored';
  if (inv.violated > 0) return 'violated';
  if (inv.passed > 0) return 'passed';
  return 'skipped';
}
