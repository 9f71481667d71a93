import { describe, expect, it } from 'vitest';
import { sampleRunResult } from '../testing/sample-run-result.js';
import { palette } from './color.js';
import { runSummary } from './run-summary.js';

describe('runSummary', () => {
  const text = runSummary(sampleRunResult({ backend: 'sim:mutant:backoff-not-applied' }));

  it('gives each violation in full: citation, expected vs observed, where it was found, how to replay', () => {
    expect(text).toContain('✗ restart/crash-loop-back-off — the promise of restart/crash-loop-back-off');
    expect(text).toContain('  violated  in 3 of 100 scenarios it applied to');
    expect(text).toContain('  cites     R4.4: pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff');
    expect(text).toContain('  expected  restart 10s after the exit at 1s\n  observed  restarted 0s after it');
    expect(text).toContain('  replay    podlife replay reports/out/x/counterexamples/restart-crash-loop-back-off.yaml --backend sim:mutant:backoff-not-applied');
  });

  it('gives errors apart, as podlife bugs', () => {
    expect(text).toContain('! probes/probe-period — the invariant failed to evaluate on 2 scenarios (a bug in podlife)\n  run 3: TypeError: x is undefined');
  });

  it('is compact: one line for the topics, one for what never applied, one verdict', () => {
    expect(text).toContain('held, by topic: phase 1/1 · restart 0/1 (1 violated) · sidecars 0/1 · probes 0/1 (1 errored)');
    expect(text).toContain('never applied (proves nothing): sidecars/start-order (no sidecar)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✗ 100 scenarios on sim:mutant:backoff-not-applied, seed 42, in 11.3s: 1 of 4 invariants held, 1 violated, 1 errored, 1 never applied.');
  });

  it('uses colour only when asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(runSummary(sampleRunResult(), palette(true))).toContain('\u001b[31m');
  });
});
