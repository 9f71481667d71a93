import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { readyMirrorsContainersReady } from './ready-mirrors-containers-ready.js';

describe(readyMirrorsContainersReady.id, () => {
  const spec = simpleSpec('Always', 'a', 'b');
  const notReady = { reason: 'ContainersNotReady', message: 'containers with unready status: [b]' };
  it('passes when Ready copies ContainersReady, and when the node controller makes Ready False alone (R10.2)', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('a', { state: running(0), ready: true }), container('b', { state: running(0) }),
        condition('ContainersReady', 'False', 0, notReady), condition('Ready', 'False', 0, notReady))
      .at(10_000, container('b', { ready: true }), condition('ContainersReady', 'True', 10_000), condition('Ready', 'True', 10_000))
      .at(60_000, condition('Ready', 'False', 60_000))
      .build();
    expect(readyMirrorsContainersReady.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when Ready gives another reason than ContainersReady', () => {
    const { trace, scenario } = traceOf(spec)
      .at(0, phase('Running'), container('a', { state: running(0), ready: true }), container('b', { state: running(0) }),
        condition('ContainersReady', 'False', 0, notReady), condition('Ready', 'False', 0, { reason: 'ReadinessGatesNotReady' }))
      .build();
    expect(readyMirrorsContainersReady.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 0,
      expected: 'Ready False ContainersNotReady "containers with unready status: [b]" (copied from ContainersReady)',
      observed: 'Ready False ReadinessGatesNotReady',
    });
  });
});
