import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { restartCountIncrements } from './restart-count-increments.js';

describe(restartCountIncrements.id, () => {
  const spec = simpleSpec('Always', 'app');
  it('passes for 0, 1, 2', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 1000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 2000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 12000, type: 'ContainerStarted', container: 'app', restartCount: 2 })
      .build();
    expect(restartCountIncrements.check(trace, scenario)).toEqual({ ok: true });
  });
  it('fails when the count resets to 0 on a restart', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 1000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
      .event({ at: 2000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      .event({ at: 12000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .build();
    expect(restartCountIncrements.check(trace, scenario)).toMatchObject({ ok: false, at: 12000, container: 'app', expected: 'restartCount 2' });
  });
});
