import type { Backend } from '../backends/backend.js';
import { podlifeVersion } from '../podlife-version.js';
import type { PropertyRunOutcome } from './property-run.js';
import type { ResolvedRunOptions } from './run-options.js';
import { RESULTS_SCHEMA_VERSION, type RunResult } from './run-result.js';

export function buildRunResult(outcome: PropertyRunOutcome, backend: Backend, options: ResolvedRunOptions, startedAt: Date, finishedAt: Date, provider?: string): RunResult {
  const invariants = outcome.invariants;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    metadata: {
      podlifeVersion: podlifeVersion(),
      backend: backend.name,
      ...(provider ? { provider } : {}),
      kubernetesVersion: backend.kubernetesVersion,
      seed: options.seed,
      requestedRuns: options.runs,
      completedRuns: outcome.completedRuns,
      interrupted: outcome.interrupted,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      options: { run: { ...options }, backend: backend.options },
    },
    counts: {
      invariants: invariants.length,
      passing: invariants.filter((i) => i.violated === 0 && i.errored === 0 && i.passed > 0).length,
      violated: invariants.filter((i) => i.violated > 0).length,
      errored: invariants.filter((i) => i.errored > 0).length,
      neverApplied: invariants.filter((i) => i.passed === 0 && i.violated === 0 && i.errored === 0).length,
    },
    invariants,
  };
}
