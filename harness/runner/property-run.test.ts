import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArbitrary } from '../../generators/scenario.js';
import type { Invariant } from '../../specs/invariant.js';
import { PASS, violation } from '../../specs/invariant.js';
import type { Trace } from '../../specs/model/trace.js';
import type { Backend } from '../backends/backend.js';
import { simBackend } from '../backends/sim-backend.js';
import { HarnessError } from '../errors/harness-error.js';
import { ScenarioRefusedError } from '../errors/scenario-refused-error.js';
import { generateScenario } from './generate-scenario.js';
import { propertyRun } from './property-run.js';
import { seedFor } from './run-seeds.js';

// A deliberately false "invariant": no container ever exits non-zero. Used to exercise the runner.
const neverFails: Invariant = {
  id: 'test/never-fails',
  title: 'no container exits non-zero',
  citation: { rule: 'R0.0', source: 'test', url: 'https://example.invalid' },
  level: 'must',
  kind: 'safety',
  check(trace) {
    const exit = trace.events.find((e) => e.type === 'ContainerExited' && e.exitCode !== 0);
    return exit ? violation({ at: exit.at, expected: 'exit 0', observed: 'non-zero', message: 'a container failed' }) : PASS;
  },
};

describe('propertyRun', () => {
  it('generates the scenario fast-check starts from for that seed', () => {
    const arb = scenarioArbitrary();
    for (const run of [0, 1, 7]) {
      const seed = seedFor(42, run);
      const result = fc.check(fc.property(arb, () => false), { seed, numRuns: 1, endOnFailure: true });
      expect(JSON.stringify(result.counterexample![0])).toBe(JSON.stringify(generateScenario(arb, seed)));
    }
  });

  it('finds, shrinks and reports a violation; same seed, same result', async () => {
    const once = () => propertyRun({ backend: simBackend(), invariants: [neverFails], runs: 200, seed: 5 });
    const [a, b] = [await once(), await once()];
    const r = a.invariants[0]!;
    expect(r.violated).toBeGreaterThan(0);
    expect(r.passed + r.violated).toBe(200);
    const c = r.counterexample!;
    expect(c.scenario.pod.spec.containers).toHaveLength(1);
    expect(c.scenario.faults.length).toBeLessThanOrEqual(1);
    expect(c.verdict.message).toBe('a container failed');
    expect(JSON.stringify(b.invariants)).toBe(JSON.stringify(a.invariants));
    // the path replays the shrunk scenario exactly
    const replayed = fc.check(fc.property(scenarioArbitrary(), () => false), { seed: c.seed, path: c.path, numRuns: 1, endOnFailure: true });
    expect(JSON.stringify(replayed.counterexample![0])).toBe(JSON.stringify(c.scenario));
  });

  it('keeps the trace a violation was found in when a re-run does not show it again (a real cluster)', async () => {
    // A backend that misbehaves only the first time it runs a scenario: every re-run (shrinking) passes.
    const sim = simBackend();
    const seen = new Set<string>();
    const flaky: Backend = {
      ...sim,
      name: 'flaky',
      supports: (s) => sim.supports(s),
      run(s) {
        const trace = sim.run(s) as Trace;
        const key = JSON.stringify(s);
        const first = !seen.has(key);
        seen.add(key);
        return first ? { ...trace, events: [...trace.events, { at: 1, type: 'ContainerExited', container: 'x', exitCode: 3, reason: 'Error' }] } : trace;
      },
    };
    const onlyOnce: Invariant = { ...neverFails, id: 'test/only-once' };
    for (const shrink of [true, false]) {
      const r = (await propertyRun({ backend: flaky, invariants: [onlyOnce], runs: 3, seed: 9, shrink, shrinkTimeLimit: 2000 })).invariants[0]!;
      expect(r.violated).toBe(3);
      // run 0, its scenario and the very trace that violated it
      expect(r.counterexample).toMatchObject({ run: 0, path: '0', verdict: { at: 1, message: 'a container failed' } });
      expect(r.counterexample!.trace.events.at(-1)).toMatchObject({ container: 'x', exitCode: 3 });
      seen.clear();
    }
  });

  it('records a scenario a backend refused as an error of every invariant, and goes on with the next', async () => {
    // As a real API server refused a generated pod that podlife's validation had let through.
    class Refused extends ScenarioRefusedError {
      readonly code = 'TEST_REFUSED';
    }
    const sim = simBackend();
    let runs = 0;
    const refusing: Backend = {
      ...sim,
      name: 'refusing',
      supports: (s) => sim.supports(s),
      run(s) {
        runs++;
        return runs === 2 ? Promise.reject(new Refused('scenario generated: the API server rejected the pod')) : Promise.resolve(sim.run(s) as Trace);
      },
    };
    const other: Invariant = { ...neverFails, id: 'test/other', check: () => PASS };
    const outcome = await propertyRun({ backend: refusing, invariants: [other, { ...other, id: 'test/other-2' }], runs: 4, seed: 3, shrink: false });
    expect(outcome.completedRuns).toBe(4);
    for (const r of outcome.invariants) {
      expect(r).toMatchObject({ passed: 3, errored: 1, violated: 0 });
      expect(r.errors).toEqual(['run 1: scenario generated: the API server rejected the pod']);
    }
  });

  it('does not shrink towards scenarios the backend refuses: a refused candidate does not reproduce the violation', async () => {
    // As a real API server refuses some pods: here, every pod with a single container.
    class Refused extends ScenarioRefusedError {
      readonly code = 'TEST_REFUSED';
    }
    const sim = simBackend();
    const refusesSingle: Backend = {
      ...sim,
      name: 'refuses-single',
      supports: (s) => sim.supports(s),
      run: (s) => (s.pod.spec.containers.length === 1 ? Promise.reject(new Refused('single-container pod refused')) : Promise.resolve(sim.run(s) as Trace)),
    };
    const r = (await propertyRun({ backend: refusesSingle, invariants: [neverFails], runs: 200, seed: 5 })).invariants[0]!;
    expect(r.violated).toBeGreaterThan(0);
    expect(r.errored).toBeGreaterThan(0);
    const c = r.counterexample!;
    // Shrunk as far as the backend allows: two containers, never the refused single one.
    expect(c.path).not.toBe('0');
    expect(c.scenario.pod.spec.containers).toHaveLength(2);
    expect(c.trace.events.some((e) => e.type === 'ContainerExited' && e.exitCode !== 0)).toBe(true);
  });

  it('stops shrinking when aborted mid-way and reports the violation as found', async () => {
    // As Ctrl-C during shrinking on a cluster: the backend stops the scenario in flight and throws.
    class Interrupted extends HarnessError {
      readonly code = 'TEST_INTERRUPTED';
    }
    const controller = new AbortController();
    const sim = simBackend();
    let runs = 0;
    const interruptedWhileShrinking: Backend = {
      ...sim,
      name: 'interrupted',
      supports: (s) => sim.supports(s),
      run(s) {
        runs++;
        if (runs === 200 + 3) {
          controller.abort('SIGINT');
          return Promise.reject(new Interrupted('the scenario was interrupted'));
        }
        if (controller.signal.aborted) return Promise.reject(new Interrupted('the scenario was interrupted'));
        return Promise.resolve(sim.run(s) as Trace);
      },
    };
    const outcome = await propertyRun({ backend: interruptedWhileShrinking, invariants: [neverFails], runs: 200, seed: 5, signal: controller.signal });
    expect(outcome.interrupted).toBe(true);
    expect(outcome.completedRuns).toBe(200);
    const r = outcome.invariants[0]!;
    expect(r.violated).toBeGreaterThan(0);
    // The first violating run's own scenario and trace: shrinking was cut short.
    expect(r.counterexample).toMatchObject({ path: '0', verdict: { message: 'a container failed' } });
    const c = r.counterexample!;
    expect(JSON.stringify(c.scenario)).toBe(JSON.stringify(generateScenario(scenarioArbitrary(), seedFor(5, c.run))));
    expect(c.trace.events.some((e) => e.type === 'ContainerExited' && e.exitCode !== 0)).toBe(true);
  });

  it('stops cleanly when aborted and says so', async () => {
    const controller = new AbortController();
    let progressCalls = 0;
    const promise = propertyRun({
      backend: simBackend(),
      invariants: [neverFails],
      runs: 1_000_000,
      seed: 1,
      signal: controller.signal,
      shrink: false,
      onProgress: () => {
        progressCalls++;
      },
    });
    setTimeout(() => controller.abort(), 300);
    const outcome = await promise;
    expect(outcome.interrupted).toBe(true);
    expect(outcome.completedRuns).toBeGreaterThan(0);
    expect(outcome.completedRuns).toBeLessThan(1_000_000);
    expect(progressCalls).toBeGreaterThan(0);
  });
});
