import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { deletedPhaseFollowsExitCodes } from './deleted-phase-follows-exit-codes.js';

describe(deletedPhaseFollowsExitCodes.id, () => {
  const spec = simpleSpec('Always', 'app', 'helper');
  const deletedAt10s = () => {
    const b = traceOf(spec);
    return b
      .at(0, phase('Running'), container('app', { state: running(0) }), container('helper', { state: running(0) }))
      .at(10_000, b.deleted(40_000, 30))
      .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false });
  };

  it('passes for E4: an Always pod whose containers exit 0 on SIGTERM ends Succeeded', () => {
    const { trace, scenario } = deletedAt10s()
      .at(11_000, phase('Succeeded'), container('app', { state: terminated(0, 0, 11_000) }), container('helper', { state: terminated(0, 0, 10_500) }))
      .build();
    expect(deletedPhaseFollowsExitCodes.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for E4: exit 143 on SIGTERM ends Failed', () => {
    const { trace, scenario } = deletedAt10s()
      .at(11_000, phase('Failed'), container('app', { state: terminated(143, 0, 11_000) }), container('helper', { state: terminated(0, 0, 10_500) }))
      .build();
    expect(deletedPhaseFollowsExitCodes.check(trace, scenario)).toEqual({ ok: true });
  });

  it('passes for E25: a container Waiting to restart after exit 0 makes the pod Failed', () => {
    const { trace, scenario } = deletedAt10s()
      .at(11_000, phase('Failed'), container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(0, 0, 9000) }), container('helper', { state: terminated(0, 0, 10_500) }))
      .build();
    expect(deletedPhaseFollowsExitCodes.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when every regular container exited 0 but the pod is Failed', () => {
    const { trace, scenario } = deletedAt10s()
      .at(11_000, phase('Failed'), container('app', { state: terminated(0, 0, 11_000) }), container('helper', { state: terminated(0, 0, 10_500) }))
      .build();
    expect(deletedPhaseFollowsExitCodes.check(trace, scenario)).toMatchObject({ ok: false, at: 11_000, expected: 'Succeeded: every regular container terminated with exit code 0', observed: 'phase Failed' });
  });

  it('fails for E25 the other way: Succeeded although a container was Waiting with a previous exit 0', () => {
    const { trace, scenario } = deletedAt10s()
      .at(11_000, phase('Succeeded'), container('app', { state: waiting('CrashLoopBackOff'), lastState: terminated(0, 0, 9000) }), container('helper', { state: terminated(0, 0, 10_500) }))
      .build();
    expect(deletedPhaseFollowsExitCodes.check(trace, scenario)).toMatchObject({ ok: false, at: 11_000, container: 'app', expected: 'Failed: app is waiting (CrashLoopBackOff)' });
  });

  it('does not apply to a pod nobody deleted', () => {
    const { trace, scenario } = traceOf(spec).at(0, phase('Running')).build();
    expect(deletedPhaseFollowsExitCodes.appliesTo!(scenario, trace)).toEqual({ skip: 'the pod was not deleted' });
  });
});
