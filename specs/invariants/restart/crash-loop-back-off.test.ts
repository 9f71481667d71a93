import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../model/trace-event.js';
import { simpleSpec, traceOf } from '../../testing/trace-builder.js';
import { crashLoopBackOff } from './crash-loop-back-off.js';

/** Exits after 1 s each run; restarts at the given times (seconds). */
function crashLoop(startsAt: number[]) {
  const b = traceOf(simpleSpec('Always', 'app'));
  startsAt.forEach((s, i) => {
    b.event({ at: s * 1000, type: 'ContainerStarted', container: 'app', restartCount: i } as TraceEvent);
    if (i < startsAt.length - 1) b.event({ at: (s + 1) * 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' });
  });
  return b.build();
}

describe(crashLoopBackOff.id, () => {
  it('passes for 0, 10, 20, 40, 80, 160, 300, 300 s after each exit, with the kubelet re-sync jitter', () => {
    // starts: 0; exit 1 → 1; exit 2 → 12; exit 13 → 33 (+20); 34 → 74 (+40); 75 → 155 (+80); 156 → 316 (+160, +0); 317 → 620 (+300, +3 jitter); 621 → 921
    const { trace, scenario } = crashLoop([0, 1, 12, 33, 74, 155, 316, 620, 921]);
    expect(crashLoopBackOff.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when the back-off is not applied (second restart at once)', () => {
    const { trace, scenario } = crashLoop([0, 1, 2]);
    expect(crashLoopBackOff.check(trace, scenario)).toMatchObject({ ok: false, at: 2000, expected: 'restart 10s after the exit at 2s (restart #2)', observed: 'restarted 0s after it' });
  });

  it('does not assert a restart decided at a kill that came after the instance had exited on its own', () => {
    // Exits at 1 s and 2 s (restarts at once, then after 10 s: 12 s). The sync at 20 s reads
    // app running and failing its liveness probe, but first kills another container for 2 s; app
    // exits at 21 s meanwhile, then its (idle) kill and the decided start come at 22 s — 1 s after
    // the exit, the back-off counted on the status that sync read (doBackOff).
    const build = (killed: boolean) => {
      const b = traceOf(simpleSpec('Always', 'app'))
        .event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
        .event({ at: 1_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
        .event({ at: 1_000, type: 'ContainerStarted', container: 'app', restartCount: 1 })
        .event({ at: 2_000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
        .event({ at: 12_000, type: 'ContainerStarted', container: 'app', restartCount: 2 })
        .event({ at: 21_000, type: 'ContainerExited', container: 'app', exitCode: 0, reason: 'Completed' });
      if (killed) b.event({ at: 22_000, type: 'ContainerKilling', container: 'app', reason: 'LivenessProbe', gracePeriodSeconds: 30 });
      return b.event({ at: 22_000, type: 'ContainerStarted', container: 'app', restartCount: 3 }).build();
    };
    const decided = build(true);
    expect(crashLoopBackOff.check(decided.trace, decided.scenario)).toEqual({ ok: true });
    const undecided = build(false);
    expect(crashLoopBackOff.check(undecided.trace, undecided.scenario)).toMatchObject({ ok: false, at: 22_000, expected: 'restart 20s after the exit at 21s (restart #3)' });
  });

  it('fails when the back-off is never capped (600 s instead of 300 s)', () => {
    const { trace, scenario } = crashLoop([0, 1, 12, 33, 74, 155, 316, 637]);
    expect(crashLoopBackOff.check(trace, scenario)).toMatchObject({ ok: false, at: 637_000, container: 'app' });
  });

  it('starts over after a run longer than 600 s', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    const events: [number, 'start' | 'exit'][] = [[0, 'start'], [1, 'exit'], [1, 'start'], [2, 'exit'], [12, 'start'], [700, 'exit'], [700, 'start']];
    let rc = 0;
    for (const [t, kind] of events) {
      if (kind === 'start') b.event({ at: t * 1000, type: 'ContainerStarted', container: 'app', restartCount: rc++ });
      else b.event({ at: t * 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' });
    }
    const { trace, scenario } = b.build();
    expect(crashLoopBackOff.check(trace, scenario)).toEqual({ ok: true });
  });

  it('counts failed start attempts (image pulls) as back-off steps: the restart may come later, never earlier', () => {
    const b = traceOf(simpleSpec('Always', 'app'));
    b.event({ at: 0, type: 'ContainerStarted', container: 'app', restartCount: 0 })
      .event({ at: 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' })
      // attempts at 1 s (Next → 10 s) and 11 s (Next → 20 s) fail at the image; the start must wait 20 s from the exit
      .event({ at: 1000, type: 'ImagePullFailed', container: 'app', image: 'busybox:1.36' })
      .event({ at: 11_000, type: 'ImagePullFailed', container: 'app', image: 'busybox:1.36' })
      .event({ at: 15_000, type: 'ContainerStarted', container: 'app', restartCount: 1 });
    const { trace, scenario } = b.build();
    expect(crashLoopBackOff.check(trace, scenario)).toMatchObject({ ok: false, at: 15_000, expected: 'restart 20s after the exit at 1s (restart #1)' });
  });

  it('lets an image update while it waits start it at once (a fresh back-off key)', () => {
    const { trace, scenario } = crashLoop([0, 1, 12, 33]);
    // without the update the restart at 33 s would be right; with an update at 14 s, waiting until 33 s is too long
    trace.events.push({ at: 14_000, type: 'FaultInjected', fault: { type: 'UpdateImage', container: 'app', image: 'busybox:1.37' }, outcome: 'applied' });
    trace.events.sort((a, b) => a.at - b.at);
    expect(crashLoopBackOff.check(trace, scenario)).toMatchObject({ ok: false, at: 33_000, expected: 'restart 1s after the exit at 13s (restart #3)' });
  });

  it('after a record is removed behind the kubelet (E13), measures the back-off from the exit it still sees', () => {
    const story = (restartAfterRemoval: number, later: number) => {
      const b = traceOf(simpleSpec('Always', 'app'));
      const start = (s: number, rc: number) => b.event({ at: s * 1000, type: 'ContainerStarted', container: 'app', restartCount: rc });
      const exit = (s: number) => b.event({ at: s * 1000, type: 'ContainerExited', container: 'app', exitCode: 1, reason: 'Error' });
      start(0, 0);
      exit(1);
      start(1, 1);
      exit(2);
      start(12, 2); // back-off 10 s from the exit at 2 s; the next one is 20 s
      exit(13);
      b.event({ at: 13_000, type: 'FaultInjected', fault: { type: 'RemoveContainer', container: 'app' }, outcome: 'applied' });
      // the removed instance leaves the one that exited at 2 s as the newest exited record: 20 s from there
      start(restartAfterRemoval, 2);
      exit(restartAfterRemoval + 1);
      start(later, 3);
      return b.build();
    };
    const ok = story(22, 63);
    expect(crashLoopBackOff.check(ok.trace, ok.scenario)).toEqual({ ok: true });
    const tooEarly = story(13, 54);
    expect(crashLoopBackOff.check(tooEarly.trace, tooEarly.scenario)).toMatchObject({ ok: false, at: 13_000, expected: 'restart 20s after the exit at 2s (restart #2)' });
  });

  it('replays an image update and a failed attempt at one instant in event order', () => {
    // exits at 2 s and 13 s: the entry is 20 s after the start at 12 s
    const story = (updateFirst: boolean, restartAt: number) => {
      const { trace, scenario } = crashLoop([0, 1, 12, restartAt]);
      const update: TraceEvent = { at: 13_000, type: 'FaultInjected', fault: { type: 'UpdateImage', container: 'app', image: 'busybox:1.37' }, outcome: 'applied' };
      const failed: TraceEvent = { at: 13_000, type: 'ImagePullFailed', container: 'app', image: 'busybox:1.37' };
      const exitIndex = trace.events.findIndex((e) => e.type === 'ContainerExited' && e.at === 13_000);
      trace.events.splice(exitIndex + 1, 0, ...(updateFirst ? [update, failed] : [failed, update]));
      return crashLoopBackOff.check(trace, scenario);
    };
    // update, then an attempt with the new key (Next → 10 s): not before 23 s
    expect(story(true, 18)).toMatchObject({ ok: false, at: 18_000, expected: 'restart 10s after the exit at 13s (restart #3)' });
    expect(story(true, 23)).toEqual({ ok: true });
    // an attempt with the old key, then the update clears it: at once is right
    expect(story(false, 14)).toEqual({ ok: true });
  });

  it('after a node reboot, counts the first init container\'s attempt in the sandbox sync but no start after the purge', () => {
    const story = (restartAt: number) => {
      const spec = { initContainers: [{ name: 'side', image: 'busybox:1.36', restartPolicy: 'Always' as const }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
      const b = traceOf(spec);
      const start = (ms: number, rc: number) => b.event({ at: ms, type: 'ContainerStarted', container: 'side', restartCount: rc });
      const exit = (ms: number) => b.event({ at: ms, type: 'ContainerExited', container: 'side', exitCode: 0, reason: 'Completed' });
      start(0, 0);
      exit(0);
      start(0, 1); // first restart: Next → 10 s
      exit(0);
      b.event({ at: 500, type: 'FaultInjected', fault: { type: 'NodeReboot' }, outcome: 'applied' }); // the back-off table is gone
      b.event({ at: 500, type: 'SandboxCreated', attempt: 1 });
      // the sandbox sync still sees the exited record (status read before the purge): Next → 10 s
      b.event({ at: 500, type: 'ImagePullFailed', container: 'side', image: 'busybox:1.36' });
      start(10_500, 0); // after the purge: no exited record, no Next
      exit(10_500);
      start(restartAt, 1);
      return b.build();
    };
    const ok = story(20_500);
    expect(crashLoopBackOff.check(ok.trace, ok.scenario)).toEqual({ ok: true });
    const early = story(15_500);
    expect(crashLoopBackOff.check(early.trace, early.scenario)).toMatchObject({ ok: false, at: 15_500, container: 'side' });
  });

  it('after a second reboot before any start, counts no attempt in its sandbox sync: the record was purged by the first', () => {
    // init exits 2 twice at 0 s (restart at once; Next → 10 s). Reboot at 0.5 s: the sandbox sync still
    // sees the exited record (Next → 10 s), and the image pull fails. Reboot at 1 s: a new kubelet
    // (empty table), and the status read before its purge has no init record — the first purge
    // took it and nothing started since — so doBackOff neither holds nor calls Next. At 11 s the
    // re-sync starts init afresh; it exits at once; the next start meets an empty table: at once.
    const spec = { initContainers: [{ name: 'init', image: 'busybox:1.36' }], containers: [{ name: 'app', image: 'busybox:1.36' }] };
    const b = traceOf(spec);
    const start = (ms: number, rc: number) => b.event({ at: ms, type: 'ContainerStarted', container: 'init', restartCount: rc });
    const exit = (ms: number) => b.event({ at: ms, type: 'ContainerExited', container: 'init', exitCode: 2, reason: 'Error' });
    start(0, 0);
    exit(0);
    start(0, 1);
    exit(0);
    for (const [at, attempt] of [[500, 1], [1_000, 2]] as const) {
      b.event({ at, type: 'FaultInjected', fault: { type: 'NodeReboot' }, outcome: 'applied' });
      b.event({ at, type: 'SandboxCreated', attempt });
      b.event({ at, type: 'ImagePullFailed', container: 'init', image: 'busybox:1.36' });
    }
    start(11_000, 0);
    exit(11_000);
    start(11_000, 1);
    const { trace, scenario } = b.build();
    expect(crashLoopBackOff.check(trace, scenario)).toEqual({ ok: true });
  });
});
