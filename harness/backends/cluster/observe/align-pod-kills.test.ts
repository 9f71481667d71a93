import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';
import { alignPodKills } from './kube-event-trace-events.js';

describe('alignPodKills', () => {
  it('puts the kills of one pod kill at the earliest of them; other kills and events stay', () => {
    // side1's kill was moved back to its SIGTERM at 14.60 s; side0 waits for its turn, so its Event (14.75 s) had nothing to move it by
    const events: TraceEvent[] = [
      { at: 14_600, type: 'ContainerKilling', container: 'side1', reason: 'PodTermination', gracePeriodSeconds: 3 },
      { at: 14_600, type: 'SignalSent', container: 'side1', signal: 'SIGTERM' },
      { at: 14_750, type: 'ContainerKilling', container: 'side0', reason: 'PodTermination', gracePeriodSeconds: 3 },
      { at: 15_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 },
      { at: 40_000, type: 'ContainerKilling', container: 'side0', reason: 'PodTermination', gracePeriodSeconds: 3 },
    ];
    expect(alignPodKills(events).map((e) => [e.type, 'container' in e ? e.container : '', e.at])).toEqual([
      ['ContainerKilling', 'side1', 14_600],
      ['SignalSent', 'side1', 14_600],
      ['ContainerKilling', 'side0', 14_600],
      ['ContainerKilling', 'app', 15_000],
      ['ContainerKilling', 'side0', 40_000],
    ]);
  });
});
