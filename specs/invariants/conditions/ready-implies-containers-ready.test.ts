import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { readyImpliesContainersReady } from './ready-implies-containers-ready.js';

describe(readyImpliesContainersReady.id, () => {
  const gated = { ...simpleSpec('Always', 'app'), readinessGates: [{ conditionType: 'example.com/lb' }] };
  it('passes: a missing gate keeps Ready False while ContainersReady is True; Ready once the gate is True', () => {
    const { trace, scenario } = traceOf(gated)
      .at(0, phase('Running'), container('app', { state: running(0), ready: true, started: true }), condition('ContainersReady', 'True', 0),
        condition('Ready', 'False', 0, { reason: 'ReadinessGatesNotReady' }))
      .at(5000, condition('example.com/lb', 'True', 5000), condition('Ready', 'True', 5000))
      .build();
    expect(readyImpliesContainersReady.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when Ready is True while ContainersReady is False', () => {
    const { trace, scenario } = traceOf(simpleSpec('Always', 'app'))
      .at(0, phase('Running'), container('app', { state: running(0), started: true }), condition('ContainersReady', 'False', 0, { reason: 'ContainersNotReady' }), condition('Ready', 'True', 0))
      .build();
    expect(readyImpliesContainersReady.check(trace, scenario)).toMatchObject({ ok: false, at: 0, observed: 'ContainersReady False' });
  });
  it('fails when Ready is True while a readiness gate does not exist', () => {
    const { trace, scenario } = traceOf(gated)
      .at(0, phase('Running'), container('app', { state: running(0), ready: true, started: true }), condition('ContainersReady', 'True', 0), condition('Ready', 'True', 0))
      .build();
    expect(readyImpliesContainersReady.check(trace, scenario)).toMatchObject({ ok: false, at: 0, observed: 'example.com/lb absent' });
  });
});
