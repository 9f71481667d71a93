import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, terminated, traceOf } from '../../testing/trace-builder.js';
import { terminalIsAbsorbing } from './terminal-is-absorbing.js';

describe(terminalIsAbsorbing.id, () => {
  const spec = simpleSpec('Never', 'app');
  it('passes when Succeeded stays Succeeded', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, phase('Succeeded'), container('app', { state: terminated(0, 0, 5000) }))
      .at(9000, container('app', { restartCount: 0 }))
      .build();
    expect(terminalIsAbsorbing.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a Failed pod goes back to Running (kubernetes#125410)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, phase('Failed'), container('app', { state: terminated(1, 0, 5000) }))
      .at(7000, phase('Running'), container('app', { state: running(7000), restartCount: 1 }))
      .build();
    expect(terminalIsAbsorbing.check(trace, scenario)).toMatchObject({ ok: false, at: 7000, observed: 'phase Running' });
  });
});
