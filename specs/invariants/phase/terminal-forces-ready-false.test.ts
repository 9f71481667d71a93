import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { terminalForcesReadyFalse } from './terminal-forces-ready-false.js';

describe(terminalForcesReadyFalse.id, () => {
  const spec = simpleSpec('Never', 'app');
  it('passes when Ready and ContainersReady turn False/PodCompleted with Succeeded', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0), ready: true, started: true }), condition('Ready', 'True', 0), condition('ContainersReady', 'True', 0))
      .at(5000, phase('Succeeded'), container('app', { state: terminated(0, 0, 5000), ready: false, started: false }),
        condition('Ready', 'False', 5000, { reason: 'PodCompleted' }), condition('ContainersReady', 'False', 5000, { reason: 'PodCompleted' }))
      .build();
    expect(terminalForcesReadyFalse.check(trace, scenario)).toEqual({ ok: true });
  });
  it('passes for a pod deleted before it started: Failed keeps ContainersNotReady (TerminatePod)', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(0, phase('Pending'), container('app', { state: waiting('ErrImagePull') }),
        condition('Ready', 'False', 0, { reason: 'ContainersNotReady' }), condition('ContainersReady', 'False', 0, { reason: 'ContainersNotReady' }))
      .at(20_000, phase('Failed'), container('app', { state: terminated(137, null, null, 'ContainerStatusUnknown') }))
      .build();
    expect(terminalForcesReadyFalse.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a Succeeded pod is still Ready', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0), ready: true, started: true }), condition('Ready', 'True', 0), condition('ContainersReady', 'True', 0))
      .at(5000, phase('Succeeded'), container('app', { state: terminated(0, 0, 5000), ready: false }), condition('ContainersReady', 'False', 5000, { reason: 'PodCompleted' }))
      .build();
    expect(terminalForcesReadyFalse.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, observed: 'Ready True' });
  });
  it('fails when a Failed pod says PodCompleted', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(5000, phase('Failed'), container('app', { state: terminated(1, 0, 5000) }),
        condition('Ready', 'False', 5000, { reason: 'PodFailed' }), condition('ContainersReady', 'False', 5000, { reason: 'PodCompleted' }))
      .build();
    expect(terminalForcesReadyFalse.check(trace, scenario)).toMatchObject({ ok: false, at: 5000, observed: 'ContainersReady reason PodCompleted' });
  });
});
