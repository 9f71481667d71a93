import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../model/pod-manifest.js';
import { container, running, simpleSpec, traceOf } from '../testing/trace-builder.js';
import { instanceSpans, runningSpanOf, terminalPhaseTerminationAt } from './trace-view.js';

describe('runningSpanOf', () => {
  // As on v1.34.10: #0 ran 1096–1105 ms, #1 started at 1278 ms; the API shows both starts as 1 s.
  const { trace } = traceOf(simpleSpec('Always', 'app'))
    .event({ at: 1_096, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 1_105, type: 'ContainerExited', container: 'app', exitCode: 2, reason: 'Error' })
    .event({ at: 1_278, type: 'ContainerStarted', container: 'app', restartCount: 1 })
    .build();
  const spans = instanceSpans(trace, 'app');
  const status = (restartCount: number) => ({ name: 'app', image: 'b', state: running(1_000), lastState: {}, ready: false, started: true, restartCount });

  it('takes the instance with the status restartCount among those started in the same whole second', () => {
    expect(runningSpanOf(spans, status(1))?.startedAt).toBe(1_278);
    expect(runningSpanOf(spans, status(0))?.startedAt).toBe(1_096);
  });

  it('falls back to the nearest start when no instance has that restartCount', () => {
    expect(runningSpanOf(spans, status(5))?.startedAt).toBe(1_096);
  });
});

describe('terminalPhaseTerminationAt', () => {
  // startTime 0; the termination's kill at 8 s; a deletion at 7 s or none; a deadline or none;
  // optionally a second deletion with a shorter grace at 12 s, which begins the termination again.
  const terminated = (activeDeadlineSeconds: number | undefined, deletedAt: number | undefined, shortenedAt?: number) => {
    const spec: PodSpec = { ...simpleSpec('Always', 'app'), ...(activeDeadlineSeconds !== undefined ? { activeDeadlineSeconds } : {}) };
    const b = traceOf(spec).at(0, container('app', { state: running(0), started: true })).event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 });
    if (deletedAt !== undefined) b.event({ at: deletedAt, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false });
    b.event({ at: 8_000, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 30 });
    if (shortenedAt !== undefined) {
      b.event({ at: shortenedAt, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 10, force: false });
      b.event({ at: shortenedAt, type: 'ContainerKilling', container: 'app', reason: 'PodTermination', gracePeriodSeconds: 10 });
    }
    return b.until(40_000).build();
  };

  it('is the kill of a pod terminated for its deadline (no deletion)', () => {
    const { trace, scenario } = terminated(8, undefined);
    expect(terminalPhaseTerminationAt(trace, scenario)).toBe(8_000);
  });

  it('is nothing for a deletion of a pod with no deadline, or one whose deadline falls after the termination began', () => {
    for (const deadline of [undefined, 20]) {
      const { trace, scenario } = terminated(deadline, 7_000);
      expect(terminalPhaseTerminationAt(trace, scenario)).toBeUndefined();
    }
  });

  it('is the termination\'s first kill for a deletion that began it past the deadline (SyncTerminatingPod computes Failed)', () => {
    for (const deadline of [5, 8, 9]) {
      const { trace, scenario } = terminated(deadline, 7_000);
      expect(terminalPhaseTerminationAt(trace, scenario)).toBe(8_000);
    }
  });

  it('is the restart of the termination for a shorter grace once the deadline has passed (SyncTerminatingPod runs again)', () => {
    const { trace, scenario } = terminated(10, 7_000, 12_000);
    expect(terminalPhaseTerminationAt(trace, scenario)).toBe(12_000);
    const before = terminated(20, 7_000, 12_000);
    expect(terminalPhaseTerminationAt(before.trace, before.scenario)).toBeUndefined();
  });
});
