import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, terminated, traceOf } from '../../testing/trace-builder.js';
import { readyImpliesStartedRunning } from './ready-implies-started-running.js';

describe(readyImpliesStartedRunning.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes: running, then started, then ready; exit clears both', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, container('app', { started: true }))
      .at(6000, container('app', { ready: true }))
      .at(9000, container('app', { state: terminated(1, 0, 9000), started: false, ready: false }))
      .build();
    expect(readyImpliesStartedRunning.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a terminated container stays ready', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0), started: true, ready: true }))
      .at(9000, container('app', { state: terminated(1, 0, 9000), started: false }))
      .build();
    expect(readyImpliesStartedRunning.check(trace, scenario)).toMatchObject({ ok: false, at: 9000, container: 'app', observed: 'app ready but not started' });
  });
  it('fails when a container is ready before its startup probe succeeded', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0), started: false, ready: true }))
      .build();
    expect(readyImpliesStartedRunning.check(trace, scenario)).toMatchObject({ ok: false, at: 0, observed: 'app ready but not started' });
  });
});
