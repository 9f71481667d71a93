import { describe, expect, it } from 'vitest';
import { simulateExample } from './testing/simulate-example.js';

// examples/k*.yaml: behaviour a real v1.34.10 kubelet showed where SEMANTICS.md was silent (README,
// "Conformance notes"). The expectations are that kubelet's timelines, less its sub-second latencies.

describe('what a v1.34.10 kubelet showed (examples/k*.yaml)', () => {
  it('K1: a force delete during a sync lets that sync finish — its kill, its start — then terminates with grace 1 s', () => {
    const q = simulateExample('k1-force-delete-during-sync');
    expect(q.times('PodRemoved')).toEqual([10_000]);
    // kubelet: kill at 5.0 s (grace 30), hook to 25.1 s, new instance 25.3 s, termination kill 25.7 s, exit 26.7 s
    expect(q.events('ContainerKilling', 'app').map((e) => [e.at, e.reason, e.gracePeriodSeconds])).toEqual([
      [5_000, 'SpecChanged', 30],
      [25_000, 'PodTermination', 1],
    ]);
    expect(q.events('HookFinished', 'app').map((e) => [e.at, e.result])).toEqual([[25_000, 'Success'], [26_000, 'Abandoned']]);
    expect(q.events('ContainerStarted', 'app').map((e) => [e.at, e.restartCount])).toEqual([[0, 0], [25_000, 1]]);
    expect(q.times('ContainerExited', 'app')).toEqual([25_000, 26_000]);
  });

  it('K2: a force delete during a termination changes nothing on the node: the 20 s preStop runs to its end', () => {
    const q = simulateExample('k2-force-delete-during-termination');
    expect(q.times('PodRemoved')).toEqual([10_000]);
    // kubelet: termination kill at 5.0 s (grace 30), hook to 25.1 s, SIGTERM and exit at 25.1 s
    expect(q.events('ContainerKilling', 'app').map((e) => [e.at, e.reason, e.gracePeriodSeconds])).toEqual([[5_000, 'PodTermination', 30]]);
    expect(q.events('HookFinished', 'app').map((e) => [e.at, e.result])).toEqual([[25_000, 'Success']]);
    expect(q.times('SignalSent', 'app')).toEqual([25_000]);
    expect(q.times('ContainerExited', 'app')).toEqual([25_000]);
  });

  it('K3: a shorter grace during a termination moves the deletionTimestamp, not the kill', () => {
    const q = simulateExample('k3-shorter-grace-during-termination');
    // 35 − 30 + 2 = 7 s is before the request at 10 s: the timestamp becomes 10 s, the grace 1 s (BeforeDelete)
    expect(q.at(10_000)).toMatchObject({ deletionTimestamp: 10_000, deletionGracePeriodSeconds: 1 });
    // kubelet: hook to 25.1 s, SIGTERM and exit at 25.1 s, removed at 25.7 s
    expect(q.events('HookFinished', 'app').map((e) => [e.at, e.result])).toEqual([[25_000, 'Success']]);
    expect(q.times('ContainerExited', 'app')).toEqual([25_000]);
    expect(q.times('PodRemoved')).toEqual([25_000]);
  });
});
