import { describe, expect, it } from 'vitest';
import { running, simpleSpec, traceOf } from '../testing/trace-builder.js';
import { instanceSpans, runningSpanOf } from './trace-view.js';

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
