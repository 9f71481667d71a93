import { RESULTS_SCHEMA_VERSION, type InvariantResult, type RunResult } from '../../harness/runner/run-result.js';
import { simulate } from '../../harness/simulator/simulate.js';
import { DEFAULT_HORIZON, type Scenario } from '../../specs/model/scenario.js';

/** Test support: a small scenario whose container crashes after 1 s, under restartPolicy Always. */
export function crashingScenario(name = 'crash-loop'): Scenario {
  return {
    apiVersion: 'podlife/v1alpha1',
    kind: 'Scenario',
    name,
    until: DEFAULT_HORIZON / 10,
    pod: { metadata: { name: 'web' }, spec: { restartPolicy: 'Always', containers: [{ name: 'app', image: 'busybox:1.36', readinessProbe: { exec: { command: ['/probe'] }, periodSeconds: 5 } }] } },
    containers: { app: { runs: [{ exitAfter: 1000, exitCode: 1 }] } },
    faults: [{ at: 30_000, type: 'DeletePod' }],
  };
}

/** Test support: an invariant result with counts and nothing else. */
export function invariantResult(id: string, counts: Partial<Pick<InvariantResult, 'passed' | 'violated' | 'skipped' | 'errored' | 'skipReasons' | 'errors'>> = {}): InvariantResult {
  return {
    id,
    title: `the promise of ${id}`,
    citation: { rule: 'R4.4', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff', url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/kuberuntime/kuberuntime_manager.go' },
    level: 'must',
    kind: 'safety',
    passed: 0,
    violated: 0,
    skipped: 0,
    errored: 0,
    skipReasons: {},
    errors: [],
    ...counts,
  };
}

/**
 * Test support: a RunResult with one invariant of each status — passed, violated (with a
 * counterexample simulated from `scenario`), skipped on every scenario, errored.
 */
export function sampleRunResult(options: { backend?: string; scenario?: Scenario; message?: string } = {}): RunResult {
  const backend = options.backend ?? 'sim';
  const scenario = options.scenario ?? crashingScenario();
  const trace = simulate(scenario);
  const violated: InvariantResult = {
    ...invariantResult('restart/crash-loop-back-off', { passed: 97, violated: 3 }),
    kind: 'timing',
    tolerance: { early: 0, late: 2000, why: 'sync latency' },
    counterexample: {
      invariant: 'restart/crash-loop-back-off',
      run: 12,
      seed: 123456,
      path: '0:1:2',
      verdict: { at: 11_000, expected: 'restart 10s after the exit at 1s', observed: 'restarted 0s after it', message: options.message ?? 'app: crash-loop back-off not respected', container: 'app' },
      scenario,
      trace,
      file: 'reports/out/x/counterexamples/restart-crash-loop-back-off.yaml',
      replayCommand: `podlife replay reports/out/x/counterexamples/restart-crash-loop-back-off.yaml${backend === 'sim' ? '' : ` --backend ${backend}`}`,
    },
  };
  const invariants = [
    invariantResult('phase/terminal-is-absorbing', { passed: 100 }),
    violated,
    invariantResult('sidecars/start-order', { skipped: 100, skipReasons: { 'no sidecar': 90, 'no init container': 10 } }),
    invariantResult('probes/probe-period', { passed: 40, errored: 2, errors: ['run 3: TypeError: x is undefined', 'run 9: TypeError: x is undefined'] }),
  ];
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    metadata: {
      podlifeVersion: '0.1.0',
      backend,
      kubernetesVersion: '1.34',
      seed: 42,
      requestedRuns: 100,
      completedRuns: 100,
      interrupted: false,
      startedAt: '2026-01-02T03:04:05.678Z',
      finishedAt: '2026-01-02T03:04:17.012Z',
      durationMs: 11_334,
      options: { run: { backend, runs: 100, seed: 42 }, backend: {} },
    },
    counts: { invariants: 4, passing: 1, violated: 1, errored: 1, neverApplied: 1 },
    invariants,
  };
}
