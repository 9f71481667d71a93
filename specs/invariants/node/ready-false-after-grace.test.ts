import { describe, expect, it } from 'vitest';
import { condition, container, phase, running, simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { readyFalseAfterGrace } from './ready-false-after-grace.js';

/** Kubelet down at 10 s (until 500 s); grace 50 s → not Ready due at 60 s, within [49 s, 71 s]. */
function down(notReadyAt: number | undefined, podNotReadyAt: number | undefined) {
  const b = traceOf(simpleSpec('Always', 'app'))
    .at(0, phase('Running'), container('app', { state: running(0), ready: true, started: true }), condition('Ready', 'True', 0))
    .event({ at: 10_000, type: 'FaultInjected', fault: { type: 'NodeDown' }, outcome: 'applied' });
  if (notReadyAt !== undefined) b.event({ at: notReadyAt, type: 'NodeReadyChanged', status: 'Unknown' });
  if (podNotReadyAt !== undefined) b.at(podNotReadyAt, condition('Ready', 'False', podNotReadyAt));
  return b
    .event({ at: 500_000, type: 'FaultInjected', fault: { type: 'NodeUp' }, outcome: 'applied' })
    .event({ at: 500_000, type: 'NodeReadyChanged', status: 'True' })
    .until(600_000)
    .build();
}

describe(readyFalseAfterGrace.id, () => {
  it('passes for Unknown and the pod’s Ready False at 60 s (E18)', () => {
    const { trace, scenario } = down(60_000, 60_000);
    expect(readyFalseAfterGrace.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes at 52 s: the last lease renewal was up to 10 s before the stop', () => {
    const { trace, scenario } = down(52_000, 52_000);
    expect(readyFalseAfterGrace.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the node is declared not Ready after 20 s', () => {
    const { trace, scenario } = down(30_000, 30_000);
    expect(readyFalseAfterGrace.check(trace, scenario)).toMatchObject({ ok: false, at: 30_000, observed: 'NodeReadyChanged at 30s' });
  });

  it('fails when the node is never declared not Ready while the kubelet stays down', () => {
    const { trace, scenario } = down(undefined, undefined);
    expect(readyFalseAfterGrace.check(trace, scenario)).toMatchObject({ ok: false, at: 71_000, observed: 'the node stayed Ready' });
  });

  it('fails when the pod stays Ready although the node went Unknown', () => {
    const { trace, scenario } = down(60_000, undefined);
    expect(readyFalseAfterGrace.check(trace, scenario)).toMatchObject({ ok: false, at: 71_000, expected: 'the pod’s Ready condition False by 71s' });
  });
});
