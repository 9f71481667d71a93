import { describe, expect, it } from 'vitest';
import { container, phase, running, simpleSpec, traceOf } from '../../specs/testing/trace-builder.js';
import { traceTable } from './trace-table.js';

describe('traceTable', () => {
  // Started at 1 s, force-deleted at 10 s (removed at once), its last exit at 25 s on the node.
  const spec = simpleSpec('Always', 'app');
  const { trace } = traceOf(spec)
    .at(0)
    .at(1_000, phase('Running'), container('app', { state: running(1_000), ready: true, started: true }))
    .event({ at: 1_000, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 10_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 0, force: true })
    .event({ at: 10_000, type: 'PodRemoved' })
    .event({ at: 25_000, type: 'SignalSent', container: 'app', signal: 'SIGTERM' })
    .event({ at: 25_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' })
    .build();

  it('shows a row whenever READY, STATUS or RESTARTS changed, and the removal', () => {
    expect(traceTable(trace, spec, 'demo')).toBe(
      [
        'TIME   NAME   READY   STATUS              RESTARTS',
        '0s     demo   0/1     ContainerCreating   0',
        '1s     demo   1/1     Running             0',
        '10s    demo   -       (removed)           -',
        '',
      ].join('\n'),
    );
  });

  it('puts events under the row of their moment, and gives the others their own time', () => {
    expect(traceTable(trace, spec, 'demo', { events: true })).toBe(
      [
        'TIME   NAME   READY   STATUS              RESTARTS',
        '0s     demo   0/1     ContainerCreating   0',
        '1s     demo   1/1     Running             0',
        '       · app: started (restartCount 0)',
        '10s    · deletion requested by user (grace 0s, force)',
        '10s    demo   -       (removed)           -',
        '25s    · app: SIGTERM',
        '       · app: exited 0 (Completed)',
        '',
      ].join('\n'),
    );
  });
});
