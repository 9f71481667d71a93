import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../model/pod-manifest.js';
import { traceOf } from '../../testing/trace-builder.js';
import { poststartBlocksNext } from './poststart-blocks-next.js';

const spec: PodSpec = {
  containers: [
    { name: 'a', image: 'busybox:1.36', lifecycle: { postStart: { exec: { command: ['warm-up'] } } } },
    { name: 'b', image: 'busybox:1.36' },
  ],
};

function started(bAt: number) {
  return traceOf(spec)
    .event({ at: 0, type: 'ContainerStarted', container: 'a', restartCount: 0 })
    .event({ at: 0, type: 'HookStarted', container: 'a', hook: 'postStart' })
    .event({ at: bAt, type: 'ContainerStarted', container: 'b', restartCount: 0 })
    .event({ at: 10_000, type: 'HookFinished', container: 'a', hook: 'postStart', result: 'Success' })
    .build();
}

describe(poststartBlocksNext.id, () => {
  it('passes when b starts as a’s postStart returns (E15)', () => {
    const { trace, scenario } = traceOf(spec)
      .event({ at: 0, type: 'ContainerStarted', container: 'a', restartCount: 0 })
      .event({ at: 0, type: 'HookStarted', container: 'a', hook: 'postStart' })
      .event({ at: 10_000, type: 'HookFinished', container: 'a', hook: 'postStart', result: 'Success' })
      .event({ at: 10_000, type: 'ContainerStarted', container: 'b', restartCount: 0 })
      .build();
    expect(poststartBlocksNext.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when b is started at once, while a’s 10 s postStart runs', () => {
    const { trace, scenario } = started(0);
    expect(poststartBlocksNext.check(trace, scenario)).toMatchObject({ ok: false, at: 0, container: 'b', observed: 'b started at 0s' });
  });

  it('fails when b is started halfway through', () => {
    const { trace, scenario } = started(5_000);
    expect(poststartBlocksNext.check(trace, scenario)).toMatchObject({ ok: false, at: 5_000, container: 'b' });
  });
});
