import { describe, expect, it } from 'vitest';
import type { Trace } from '../../model/trace.js';
import { container, phase, running, terminated, traceOf, waiting } from '../../testing/trace-builder.js';
import { statusColumn } from './status-column.js';

// E23: two init containers; the first one fails once under OnFailure.
const spec = {
  restartPolicy: 'OnFailure' as const,
  initContainers: [{ name: 'init1', image: 'busybox:1.36' }, { name: 'init2', image: 'busybox:1.36' }],
  containers: [{ name: 'app', image: 'busybox:1.36' }],
};
const printed = (trace: Trace, columns: { ready: string; status: string; restarts: number }[]) => {
  trace.snapshots.forEach((s, i) => (s.printed = columns[i]!));
  return trace;
};
const story = () =>
  traceOf(spec)
    .at(0, phase('Pending'), container('init1', { state: running(0) }))
    .at(2000, container('init1', { state: terminated(1, 0, 2000) }))
    .at(2000, container('init1', { state: waiting('CrashLoopBackOff'), lastState: terminated(1, 0, 2000), restartCount: 1 }))
    .at(12_000, container('init1', { state: terminated(0, 12_000, 13_000), ready: true }), container('init2', { state: running(13_000) }))
    .build();

describe(statusColumn.id, () => {
  it('passes when the printed columns are Init:0/2, Init:Error, Init:CrashLoopBackOff, Init:1/2 (worked out from R11)', () => {
    const { trace, scenario } = story();
    printed(trace, [
      { ready: '0/1', status: 'Init:0/2', restarts: 0 },
      { ready: '0/1', status: 'Init:Error', restarts: 0 },
      { ready: '0/1', status: 'Init:CrashLoopBackOff', restarts: 1 },
      { ready: '0/1', status: 'Init:1/2', restarts: 1 },
    ]);
    expect(statusColumn.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the server prints the phase instead of the init progress', () => {
    const { trace, scenario } = story();
    printed(trace, [
      { ready: '0/1', status: 'Init:0/2', restarts: 0 },
      { ready: '0/1', status: 'Init:Error', restarts: 0 },
      { ready: '0/1', status: 'Pending', restarts: 1 },
      { ready: '0/1', status: 'Init:1/2', restarts: 1 },
    ]);
    expect(statusColumn.check(trace, scenario)).toMatchObject({ ok: false, at: 2000, expected: 'STATUS Init:CrashLoopBackOff (READY 0/1, STATUS Init:CrashLoopBackOff, RESTARTS 1)' });
  });

  it('is skipped on traces without printed columns', () => {
    const { trace, scenario } = story();
    expect(statusColumn.appliesTo!(scenario, trace)).toEqual({ skip: 'the backend recorded no server-printed kubectl columns (only real clusters print them)' });
  });
});
