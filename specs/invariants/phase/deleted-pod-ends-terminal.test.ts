import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, terminated, traceOf } from '../../testing/trace-builder.js';
import { deletedPodEndsTerminal } from './deleted-pod-ends-terminal.js';

describe(deletedPodEndsTerminal.id, () => {
  const spec = simpleSpec('Always', 'app');
  const deleted = (force: boolean, grace: number) => {
    const b = traceOf(spec);
    return b
      .at(0, phase('Running'), container('app', { state: running(0) }))
      .at(10_000, b.deleted(10_000 + grace * 1000, grace))
      .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: grace, force });
  };
  it('passes when the pod is Failed before it is removed', () => {
    const { trace, scenario } = deleted(false, 30)
      .at(12_000, phase('Failed'), container('app', { state: terminated(143, 0, 12_000) }))
      .event({ at: 12_000, type: 'PodRemoved' })
      .build();
    expect(deletedPodEndsTerminal.check(trace, scenario)).toEqual({ ok: true });
  });
  it('passes for a force delete, which removes the object at once (R5.9)', () => {
    const { trace, scenario } = deleted(true, 0).event({ at: 10_000, type: 'PodRemoved' }).build();
    expect(deletedPodEndsTerminal.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when a gracefully deleted pod disappears while Running (the pre-1.27 behaviour)', () => {
    const { trace, scenario } = deleted(false, 30).event({ at: 12_000, type: 'PodRemoved' }).build();
    expect(deletedPodEndsTerminal.check(trace, scenario)).toMatchObject({ ok: false, at: 12_000, observed: 'removed while Running' });
  });
  it('does not apply while the pod still exists', () => {
    const { trace, scenario } = deleted(false, 30).build();
    expect(deletedPodEndsTerminal.appliesTo!(scenario, trace)).toEqual({ skip: 'the pod was not removed within the trace' });
  });
});
