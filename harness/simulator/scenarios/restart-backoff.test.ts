import { describe, expect, it } from 'vitest';
import { run } from '../testing/trace-query.js';

// Section 4 of SEMANTICS.md (restart policy, back-off, restartCount, lastState).
const crashing = (runs: string, until = '30m', faults = '') => `
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: ${until}
pod:
  metadata: {name: p}
  spec:
    containers:
      - {name: app, image: busybox:1.36}
containers:
  app: {runs: ${runs}}
${faults}`;

function restartDelays(q: ReturnType<typeof run>): number[] {
  const exits = q.times('ContainerExited', 'app');
  const starts = q.times('ContainerStarted', 'app').slice(1);
  return starts.map((s, i) => (s - exits[i]!) / 1000);
}

describe('crash-loop back-off (R4.3, R4.4)', () => {
  it('first restart at once, then 10, 20, 40, 80, 160 s, then 300 s for ever (E5)', () => {
    const q = run(crashing('[{exitAfter: 1s, exitCode: 1}]'));
    expect(restartDelays(q).slice(0, 10)).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300, 300]);
  });

  it('starts over only after the container ran longer than 10 minutes (E6)', () => {
    const q = run(crashing('[{exitAfter: 1s, exitCode: 1}, {exitAfter: 1s, exitCode: 1}, {exitAfter: 1s, exitCode: 1}, {exitAfter: 11m, exitCode: 1}, {exitAfter: 1s, exitCode: 1}]'));
    expect(restartDelays(q).slice(0, 5)).toEqual([0, 10, 20, 0, 10]);
  });

  it('shows CrashLoopBackOff with the previous exit as lastState, and restartCount of the last instance (R4.5–R4.7)', () => {
    const q = run(crashing('[{exitAfter: 1s, exitCode: 3}]', '1m'));
    // exits at 1 s and 2 s; the pod worker re-syncs 10 s after the failed sync (backOffPeriod) and shows the back-off
    const waiting = q.trace.snapshots.find((s) => s.status.containerStatuses[0]?.state.waiting?.reason === 'CrashLoopBackOff');
    expect(waiting).toBeDefined();
    const c = waiting!.status.containerStatuses[0]!;
    expect(c.restartCount).toBe(1);
    expect(c.lastState.terminated).toMatchObject({ exitCode: 3, reason: 'Error', startedAt: 1000, finishedAt: 2000 });
    expect(c.state.waiting?.message).toBe('back-off 10s restarting failed container=app pod=p_default(default-p)');
  });

  it('restartCount goes up by one per new instance (R4.6)', () => {
    const q = run(crashing('[{exitAfter: 1s, exitCode: 1}]', '2m'));
    const counts = q.events('ContainerStarted', 'app').map((e) => e.restartCount);
    expect(counts).toEqual(counts.map((_, i) => i));
  });

  it('an image update kills and restarts a running container whatever the restart policy (R4.2, R9.3)', () => {
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    restartPolicy: Never
    containers:
      - {name: app, image: busybox:1.36}
faults:
  - {at: 10s, type: UpdateImage, container: app, image: "busybox:1.37"}`);
    expect(q.events('ContainerKilling', 'app')[0]).toMatchObject({ at: 10_000, reason: 'SpecChanged' });
    expect(q.events('ContainerStarted', 'app').map((e) => [e.at, e.restartCount])).toEqual([[0, 0], [10_000, 1]]);
    expect(q.container('app', 10_000).image).toBe('busybox:1.37');
    expect(q.phaseAt(59_000)).toBe('Running');
  });

  it('an image update gives a fresh back-off: a crash-looping container restarts at once (R4.4)', () => {
    const q = run(crashing('[{exitAfter: 1s, exitCode: 1}]', '1m', `faults:
  - {at: 5s, type: UpdateImage, container: app, image: "busybox:1.37"}`));
    // exits at 1 s (restart at once) and 2 s (back-off until 12 s); the update at 5 s restarts it then
    expect(q.times('ContainerStarted', 'app').slice(0, 3)).toEqual([0, 1000, 5000]);
  });

  it('OOMKilled and runtime kills are exits with 137 and the right reason (R4.8)', () => {
    const q = run(crashing('[{}]', '1m', `faults:
  - {at: 10s, type: OOMKill, container: app}
  - {at: 20s, type: KillContainer, container: app}`));
    expect(q.events('ContainerExited', 'app').map((e) => [e.at, e.exitCode, e.reason])).toEqual([[10_000, 137, 'OOMKilled'], [20_000, 137, 'Error']]);
    expect(q.container('app', 15_000).lastState.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
  });

  it('a fault comes before its effects in the trace, also within the same millisecond', () => {
    // The image update's kill (grace 0, so a 2 s stop window) waits on the instance ignoring SIGTERM;
    // the RemoveContainer at 1 s takes that instance away: the kill returns, and the same sync starts
    // the new instance at once (restartCount 1) — all in the fault's own millisecond, after it.
    const q = run(`
apiVersion: podlife/v1alpha1
kind: Scenario
name: t
until: 1m
pod:
  metadata: {name: p}
  spec:
    terminationGracePeriodSeconds: 0
    containers:
      - {name: app, image: busybox:1.36}
containers:
  app: {runs: [{}], onSigterm: {ignore: true}}
faults:
  - {at: 500ms, type: UpdateImage, container: app, image: "busybox:1.37"}
  - {at: 1s, type: RemoveContainer, container: app}`);
    const atOneSecond = q.trace.events.filter((e) => e.at === 1_000).map((e) => e.type);
    expect(atOneSecond).toEqual(['FaultInjected', 'ContainerExited', 'ContainerStarted']);
    expect(q.events('ContainerStarted', 'app').map((e) => [e.at, e.restartCount])).toEqual([[0, 0], [1_000, 1]]);
  });
});

