import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, terminated, traceOf } from '../../testing/trace-builder.js';
import { removalAfterTerminal } from './removal-after-terminal.js';

function deleted(force: boolean, terminal: boolean) {
  const b = traceOf(simpleSpec('Always', 'app'));
  b.at(0, phase('Running'), container('app', { state: running(0) }));
  b.event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: force ? 0 : 30, force });
  b.at(10_000, b.deleted(force ? 10_000 : 40_000, force ? 0 : 30));
  if (terminal) b.at(12_000, phase('Succeeded'), container('app', { state: terminated(0, 0, 12_000) }));
  return b.event({ at: 12_000, type: 'PodRemoved' }).build();
}

describe(removalAfterTerminal.id, () => {
  it('passes when Succeeded is shown before the removal (E4)', () => {
    const { trace, scenario } = deleted(false, true);
    expect(removalAfterTerminal.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for a force delete, removed without a terminal phase (R5.9)', () => {
    const { trace, scenario } = deleted(true, false);
    expect(removalAfterTerminal.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when a graceful delete removes a pod still Running', () => {
    const { trace, scenario } = deleted(false, false);
    expect(removalAfterTerminal.check(trace, scenario)).toMatchObject({ ok: false, at: 12_000, observed: 'removed at 12s, last seen in phase Running' });
  });
});
