import { describe, expect, it } from 'vitest';
import { container, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { knownReasons } from './known-reasons.js';

describe(knownReasons.id, () => {
  it('passes for ContainerCreating, CrashLoopBackOff, OOMKilled and Completed', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(0, container('app', { state: waiting('ContainerCreating') }))
      .at(1_000, container('app', { state: running(1_000) }))
      .at(5_000, container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(137, 1_000, 5_000, 'OOMKilled') }))
      .at(15_000, container('app', { state: terminated(0, 15_000, 16_000), lastState: terminated(137, 1_000, 5_000, 'OOMKilled') }))
      .build();
    expect(knownReasons.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for a waiting reason of another vocabulary ("Crashing")', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(5_000, container('app', { state: waiting('Crashing') }))
      .build();
    expect(knownReasons.check(trace, scenario)).toMatchObject({ ok: false, at: 5_000, container: 'app', observed: 'state waiting reason "Crashing"' });
  });

  it('fails for a lastState terminated reason "Killed"', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(5_000, container('app', { state: running(5_000), lastState: terminated(137, 0, 5_000, 'Killed') }))
      .build();
    expect(knownReasons.check(trace, scenario)).toMatchObject({ ok: false, observed: 'lastState terminated reason "Killed"' });
  });
});
