import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { crashLoopBackOff } from './crash-loop-back-off.js';

/** Exits after 1 s each run; restarts at the given times (seconds). */
function crashLoop(startsAt: number[]) {
  const b = traceOf(simpleSpec('Always', 'app'));
  startsAt.forEach((s, i) => {
    b.event({ at: s * 1000, type: 'ContainerStarted', container: 'app', restartCount: i } as TraceEvent);
    if (i < startsAt.length - 1) b.event({ at: (s + 1) * 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' });
  });
  return b.build();
}

describe(crashLoopBackOff.id, () => {
  it('passes for 0, 10, 20, 40, 80, 160, 300, 300 s after each exit, with the kubelet re-sync jitter', () => {
    // starts: 0; exit 1 → 1; exit 2 → 12; exit 13 → 33 (+20); 34 → 74 (+40); 75 → 155 (+80); 156 → 316 (+160, +0); 317 → 620 (+300, +3 jitter); 621 → 921
    const { trace, scenario } = crashLoop([0, 1, 12, 33, 74, 155, 316, 620, 921]);
    expect(crashLoopBackOff.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the back-off is not applied (second restart at once)', () => {
    const { trace, scenario } = crashLoop([0, 1, 2]);
    expect(crashLoopBackOff.check(trace, scenario)).toMatchObject({ ok: false, at: 2000, expected: 'restart 10s after the exit at 2s (restart #2)', observed: 'restarted 0s after it' });
  });

  it('fails when the back-off is never capped (600 s instead of 300 s)', () => {
    const { trace, scenario } = crashLoop([0, 1, 12, 33, 74, 155, 316, 637]);
    expect(crashLoopBackOff.check(trace, scenario)).toMatchObject({ ok: false, at: 637_000, container: 'app' });
  });

  it('starts over after a run longer than 600 s', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    const events: [number, 'start' | 'exit'][] = [[0, 'start'], [1, 'exit'], [1, 'start'], [2, 'exit'], [12, 'start'], [700, 'exit'], [700, 'start']];
    let rc = 0;
    for (const [t, kind] of events) {
      if (kind === 'start') b.event({ at: t * 1000, type: 'ContainerStarted', container: 'app', restartCount: rc++ });
      else b.event({ at: t * 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' });
    }
    const { trace, scenario } = b.build();
    expect(crashLoopBackOff.check(trace, scenario)).toEqual({ ok: true });
  });
});
