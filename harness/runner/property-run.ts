import type fc from 'fast-check';
import { ScenarioRefusedError } from '../errors/scenario-refused-error.js';
import type { Invariant, Violation } from '../../specs/invariant.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';
import { scenarioArbitrary } from '../../generators/scenario.js';
import type { Backend } from '../backends/backend.js';
import { evaluate } from './evaluate.js';
import { generateScenario } from './generate-scenario.js';
import type { Counterexample, InvariantResult } from './run-result.js';
import { seedFor } from './run-seeds.js';
import { shrinkViolation } from './shrink-violation.js';

export interface Progress {
  done: number;
  total: number;
  /** Invariants violated so far. */
  violated: number;
  elapsedMs: number;
}

export interface PropertyRunOptions {
  backend: Backend;
  invariants: readonly Invariant[];
  runs: number;
  seed: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Stop at the first violation (the mutant check). */
  stopAtFirstViolation?: boolean;
  /** Shrink violations (default true). */
  shrink?: boolean;
  /** How long to spend shrinking one violation, in ms. */
  shrinkTimeLimit?: number;
  /** Scenarios in flight at once, for backends that run in real time (default 1). */
  concurrency?: number;
  arbitrary?: fc.Arbitrary<Scenario>;
}

export interface PropertyRunOutcome {
  invariants: InvariantResult[];
  completedRuns: number;
  interrupted: boolean;
  /** The first run with a violation, if any (what the mutant check counts). */
  firstViolationRun?: number;
}

const MAX_ERRORS_KEPT = 3;

/**
 * Generates `runs` scenarios from the seed, runs each on the backend and checks every
 * invariant on the trace; then shrinks the first violation of each invariant. Same seed,
 * same results. Stops cleanly when the signal aborts, keeping what it has.
 */
export async function propertyRun(o: PropertyRunOptions): Promise<PropertyRunOutcome> {
  const arbitrary = o.arbitrary ?? scenarioArbitrary();
  const started = performance.now();
  const results: InvariantResult[] = o.invariants.map((inv) => ({
    id: inv.id,
    title: inv.title,
    citation: inv.citation,
    level: inv.level,
    kind: inv.kind,
    ...(inv.tolerance ? { tolerance: inv.tolerance } : {}),
    passed: 0,
    violated: 0,
    skipped: 0,
    errored: 0,
    skipReasons: {},
    errors: [],
  }));
  const firstViolation = new Map<number, FirstViolation>();
  let completed = 0;
  let interrupted = false;
  let firstViolationRun: number | undefined;
  let lastProgress = started;

  const record = (run: number, seed: number, trace: Trace | undefined, scenario: Scenario, skipReason?: string): void => {
    completed++;
    if (skipReason !== undefined || !trace) {
      for (const r of results) skip(r, skipReason ?? 'not run');
      return;
    }
    o.invariants.forEach((inv, i) => {
      const r = results[i]!;
      const outcome = evaluate(inv, trace, scenario);
      switch (outcome.kind) {
        case 'pass':
          r.passed++;
          break;
        case 'skip':
          skip(r, outcome.reason);
          break;
        case 'violation': {
          r.violated++;
          const known = firstViolation.get(i);
          // the lowest run wins, whatever order concurrent runs finish in
          if (!known || run < known.run) firstViolation.set(i, { run, seed, scenario, trace, violation: outcome.violation });
          firstViolationRun = firstViolationRun === undefined ? run : Math.min(firstViolationRun, run);
          break;
        }
        case 'error':
          r.errored++;
          if (r.errors.length < MAX_ERRORS_KEPT) r.errors.push(`run ${run}: ${outcome.error}`);
          break;
        default: {
          const never: never = outcome;
          return never;
        }
      }
    });
  };
  /** A backend refused this run's scenario: an error of every invariant for it; the run goes on. */
  const refused = (run: number, error: ScenarioRefusedError): void => {
    completed++;
    for (const r of results) {
      r.errored++;
      if (r.errors.length < MAX_ERRORS_KEPT) r.errors.push(`run ${run}: ${error.message}`);
    }
  };
  const progress = (): void => {
    const now = performance.now();
    if (o.onProgress && now - lastProgress > 1000) {
      lastProgress = now;
      o.onProgress({ done: completed, total: o.runs, violated: firstViolation.size, elapsedMs: now - started });
    }
  };
  const stopping = (): boolean => {
    if (o.signal?.aborted) interrupted = true;
    return interrupted || (o.stopAtFirstViolation === true && firstViolationRun !== undefined);
  };

  const inFlight = new Set<Promise<void>>();
  const concurrency = Math.max(1, o.concurrency ?? 1);
  for (let run = 0; run < o.runs; run++) {
    if (stopping()) break;
    const seed = seedFor(o.seed, run);
    const scenario = generateScenario(arbitrary, seed);
    const support = o.backend.supports(scenario);
    if (support !== true) {
      record(run, seed, undefined, scenario, support.skip);
      continue;
    }
    const produced = o.backend.run(scenario, o.signal);
    if (produced instanceof Promise) {
      const task: Promise<void> = produced.then(
        (trace) => record(run, seed, trace, scenario),
        (error: unknown) => {
          if (o.signal?.aborted) return;
          if (error instanceof ScenarioRefusedError) return refused(run, error);
          throw error;
        },
      ).finally(() => {
        inFlight.delete(task);
        progress();
      });
      inFlight.add(task);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      continue;
    }
    record(run, seed, produced, scenario);
    if (run % 64 === 63) {
      await new Promise((resolve) => setImmediate(resolve)); // lets Ctrl-C in
      progress();
    }
  }
  await Promise.all(inFlight);
  if (o.signal?.aborted) interrupted = true;

  if (o.shrink !== false) {
    for (const [i, found] of firstViolation) {
      const inv = o.invariants[i]!;
      if (o.signal?.aborted) {
        results[i]!.counterexample = asFound(inv, found);
        continue;
      }
      const shrunk = await shrinkViolation(arbitrary, o.backend, inv, found.seed, o.shrinkTimeLimit ?? 30_000, o.signal);
      const counterexample: Counterexample | undefined = shrunk
        ? { invariant: inv.id, run: found.run, seed: found.seed, path: shrunk.path, verdict: withoutOk(shrunk.violation), scenario: shrunk.scenario, trace: shrunk.trace }
        : asFound(inv, found);
      results[i]!.counterexample = counterexample;
    }
  } else {
    for (const [i, found] of firstViolation) results[i]!.counterexample = asFound(o.invariants[i]!, found);
  }
  if (o.signal?.aborted) interrupted = true;
  o.onProgress?.({ done: completed, total: o.runs, violated: firstViolation.size, elapsedMs: performance.now() - started });
  return { invariants: results, completedRuns: completed, interrupted, ...(firstViolationRun !== undefined ? { firstViolationRun } : {}) };
}

function skip(r: InvariantResult, reason: string): void {
  r.skipped++;
  r.skipReasons[reason] = (r.skipReasons[reason] ?? 0) + 1;
}

function withoutOk(v: { ok: false } & Counterexample['verdict']): Counterexample['verdict'] {
  const { ok: _ok, ...rest } = v;
  return rest;
}

/** The violation as first found, with the trace it was found in. */
interface FirstViolation {
  run: number;
  seed: number;
  scenario: Scenario;
  trace: Trace;
  violation: Violation;
}

/**
 * The violation as found, when shrinking was skipped, interrupted or did not reproduce it:
 * the trace that showed it, not a re-run — a real cluster need not do the same thing twice.
 */
function asFound(inv: Invariant, found: FirstViolation): Counterexample {
  return { invariant: inv.id, run: found.run, seed: found.seed, path: '0', verdict: withoutOk(found.violation), scenario: found.scenario, trace: found.trace };
}
