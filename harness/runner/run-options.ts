import { HarnessError } from '../errors/harness-error.js';

/** Options of a property run, as given on the command line. */
export interface RunOptions {
  backend: string;
  runs: number;
  /** Omitted: one is chosen and printed, so the run can be repeated. */
  seed?: number;
  invariants?: string[];
  reportDir?: string;
  shrink: boolean;
  /** Seconds to spend shrinking each violation. */
  shrinkSeconds: number;
  /** Longest scenario horizon to generate, in seconds. */
  maxHorizonSeconds: number;
}

export interface ResolvedRunOptions extends Required<Omit<RunOptions, 'invariants'>> {
  invariants: string[];
}

export class InvalidRunOptionError extends HarnessError {
  readonly code = 'INVALID_RUN_OPTION';
}

export const DEFAULT_RUN_OPTIONS = { backend: 'sim', runs: 1000, shrink: true, shrinkSeconds: 30, maxHorizonSeconds: 1200 } as const;

/** Fills defaults in one documented place; the result goes into every report. */
export function resolveRunOptions(given: Partial<RunOptions>, now: Date): ResolvedRunOptions {
  const runs = given.runs ?? DEFAULT_RUN_OPTIONS.runs;
  if (!Number.isInteger(runs) || runs < 1) throw new InvalidRunOptionError(`--runs must be a positive integer, got ${given.runs}`);
  const seed = given.seed ?? (now.getTime() % 2 ** 31);
  if (!Number.isInteger(seed)) throw new InvalidRunOptionError(`--seed must be an integer, got ${given.seed}`);
  const shrinkSeconds = given.shrinkSeconds ?? DEFAULT_RUN_OPTIONS.shrinkSeconds;
  if (!(shrinkSeconds >= 0)) throw new InvalidRunOptionError(`--shrink-seconds must be 0 or more, got ${given.shrinkSeconds}`);
  const maxHorizonSeconds = given.maxHorizonSeconds ?? DEFAULT_RUN_OPTIONS.maxHorizonSeconds;
  if (!Number.isInteger(maxHorizonSeconds) || maxHorizonSeconds < 30) throw new InvalidRunOptionError(`--max-horizon must be at least 30 (seconds), got ${given.maxHorizonSeconds}`);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return {
    backend: given.backend ?? DEFAULT_RUN_OPTIONS.backend,
    runs,
    seed,
    invariants: given.invariants ?? [],
    reportDir: given.reportDir ?? `reports/out/${stamp}`,
    shrink: given.shrink ?? DEFAULT_RUN_OPTIONS.shrink,
    shrinkSeconds,
    maxHorizonSeconds,
  };
}
