import { describe, expect, it } from 'vitest';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { noStartAfterDeletion } from './no-start-after-deletion.js';

/** Crashes at 10 s; deleted at 11 s; `restartAt` (s) a new instance, if any. */
function deleted(restartAt: number | undefined) {
  const b = traceOf(simpleSpec('Always', 'app'))
    .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
    .event({ at: 10_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
    .event({ at: 11_000, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: 30, force: false });
  if (restartAt !== undefined) b.event({ at: restartAt * 1000, type: 'ContainerStarted', container: 'app', restartCount: 1 });
  return b.build();
}

describe(noStartAfterDeletion.id, () => {
  it('passes when the crashed container stays down once deletion is requested', () => {
    const { trace, scenario } = deleted(undefined);
    expect(noStartAfterDeletion.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when it is restarted 10 s after the deletion request (back-off expired)', () => {
    const { trace, scenario } = deleted(21);
    expect(noStartAfterDeletion.check(trace, scenario)).toMatchObject({
      ok: false,
      at: 21_000,
      container: 'app',
      expected: 'no container started after the deletion request at 11s',
    });
  });
});
