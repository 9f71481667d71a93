import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, simpleSpec, terminated, traceOf } from '../../testing/trace-builder.js';
import { phaseUnchangedWhileUnreachable } from './phase-unchanged-while-unreachable.js';

/** The kubelet stops at 10 s; the node is seen Unknown at 60 s; it comes back at 420 s. */
function unreachable(edit: (b: ReturnType<typeof traceOf>) => void) {
  const b = traceOf(simpleSpec('Always', 'app'), { faults: [{ at: 10_000, type: 'NodeDown' }, { at: 420_000, type: 'NodeUp' }] })
    .at(0, phase('Running'), container('app', { state: running(0), ready: true, started: true }), condition('Ready', 'True', 0), condition('ContainersReady', 'True', 0))
    .event({ at: 10_000, type: 'FaultInjected', fault: { type: 'NodeDown' }, outcome: 'applied' })
    .event({ at: 60_000, type: 'NodeReadyChanged', status: 'Unknown' })
    .at(60_000, condition('Ready', 'False', 60_000));
  edit(b);
  return b
    .event({ at: 420_000, type: 'NodeReadyChanged', status: 'True' })
    .event({ at: 420_000, type: 'FaultInjected', fault: { type: 'NodeUp' }, outcome: 'applied' })
    .build();
}

describe(phaseUnchangedWhileUnreachable.id, () => {
  it('passes when only the Ready condition goes False and a deletion is recorded (E18)', () => {
    const { trace, scenario } = unreachable((b) => {
      b.at(360_000, b.deleted(390_000, 30), condition('DisruptionTarget', 'True', 360_000));
    });
    expect(phaseUnchangedWhileUnreachable.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the phase changes while the node is unreachable (no Unknown, no Failed)', () => {
    const { trace, scenario } = unreachable((b) => {
      b.at(100_000, phase('Failed'), container('app', { state: terminated(137, 0, 100_000), ready: false }));
    });
    expect(phaseUnchangedWhileUnreachable.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 100_000,
      expected: 'phase Running unchanged while the node is unreachable (since 60s)',
      observed: 'phase Failed',
    });
  });

  it('fails when the container statuses are marked not ready', () => {
    const { trace, scenario } = unreachable((b) => {
      b.at(61_000, container('app', { ready: false }));
    });
    expect(phaseUnchangedWhileUnreachable.check(trace, scenario)).toMatchObject({ ok: false, at: 61_000, container: 'app', observed: 'app ready false' });
  });
});
