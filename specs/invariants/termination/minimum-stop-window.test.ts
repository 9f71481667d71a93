import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { minimumStopWindow } from './minimum-stop-window.js';

function stopped(sigterm: number | undefined, sigkill: number) {
  const b = traceOf(simpleSpec('Always', 'app')).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 });
  if (sigterm !== undefined) b.event({ at: sigterm, type: 'SignalSent', container: 'app', signal: 'SIGTERM' });
  return b
    .event({ at: sigkill, type: 'SignalSent', container: 'app', signal: 'SIGKILL' })
    .event({ at: sigkill, type: 'ContainerExited', container: 'app', exitCode: 137, reason: 'Error' })
    .build();
}

describe(minimumStopWindow.id, () => {
  it('passes for SIGTERM at 15 s and SIGKILL at 17 s (E14: preStop used up the grace)', () => {
    const { trace, scenario } = stopped(15_000, 17_000);
    expect(minimumStopWindow.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails for SIGKILL 500 ms after SIGTERM', () => {
    const { trace, scenario } = stopped(15_000, 15_500);
    expect(minimumStopWindow.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 15_500,
      container: 'app',
      expected: 'SIGKILL no earlier than 17s (SIGTERM at 15s + 2s)',
    });
  });

  it('fails for SIGKILL without SIGTERM', () => {
    const { trace, scenario } = stopped(undefined, 15_000);
    expect(minimumStopWindow.check(trace, scenario)).toMatchObject({ ok: false, expected: 'SIGTERM before SIGKILL' });
  });
});
