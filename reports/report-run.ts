import type { RunResult } from '../harness/runner/run-result.js';

/** One run on a page, with the name its column and sections go by. */
export interface ReportRun {
  label: string;
  result: RunResult;
  /** The results file it was read from (compare). */
  source?: string;
}

/**
 * Names runs by their backend; two runs on one backend are told apart by seed, then by
 * position, so every column header is unique.
 */
export function labelRuns(runs: readonly { result: RunResult; source?: string }[]): ReportRun[] {
  const backends = runs.map((r) => r.result.metadata.backend);
  const labels = runs.map((r, i) => (backends.filter((b) => b === backends[i]).length > 1 ? `${backends[i]} (seed ${r.result.metadata.seed})` : backends[i]!));
  const unique = labels.map((l, i) => (labels.filter((x) => x === l).length > 1 ? `${l} #${labels.slice(0, i + 1).filter((x) => x === l).length}` : l));
  return runs.map((r, i) => ({ label: unique[i]!, result: r.result, ...(r.source !== undefined ? { source: r.source } : {}) }));
}
